/** Results folders: atomic CSV and JSON writes, manifests with provenance, resume. */
package steepest.harness.store;
