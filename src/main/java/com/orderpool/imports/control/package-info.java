/**
 * Reading an import file: its encoding, delimiter and header are recognised, then its records are
 * streamed, or the file is refused as a whole with a message key. Files arrive through one intake
 * (uploads, the API, and the tenants' SFTP inboxes, served here by an SSH server jailing each
 * tenant's login in its own folder; its {@code tracking/} folder takes tracking files, read as
 * {@link com.orderpool.imports.control.TrackingRow}s), and their jobs are queued, claimed and
 * tidied.
 */
package com.orderpool.imports.control;
