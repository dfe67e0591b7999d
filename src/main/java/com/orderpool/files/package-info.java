/**
 * Files on disk, per tenant, below {@code orderpool.storage.root}: order attachments (with
 * thumbnails) and the branding logo, and the size of a tenant's folder; a file's type is recognised
 * from its bytes, never its name.
 */
package com.orderpool.files;
