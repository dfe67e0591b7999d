// The API reference page: Swagger UI renders the server's OpenAPI document (read-only: no "Try it out").
window.addEventListener('load', function () {
  var el = document.getElementById('apiReference');
  if (!el || !window.SwaggerUIBundle) {
    return;
  }
  window.SwaggerUIBundle({
    url: el.getAttribute('data-spec'),
    dom_id: '#apiReference',
    deepLinking: true,
    supportedSubmitMethods: [],
    defaultModelsExpandDepth: 1,
    docExpansion: 'list'
  });
});
