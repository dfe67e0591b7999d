/**
 * Imports: orders come in by CSV file (uploaded, posted to the API or dropped on SFTP), and
 * partners' tracking files dropped on SFTP ship the orders they name.
 */
package com.orderpool.imports;
