/**
 * Reading an import file: its encoding, delimiter and header are recognised, then its records are
 * streamed, or the file is refused as a whole with a message key.
 */
package com.orderpool.imports.control;
