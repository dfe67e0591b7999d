/** Imports: orders come in by CSV file (uploaded, posted to the API or dropped on SFTP). */
package com.orderpool.imports;
