/** Experiment output: CSV and Markdown tables, PNG plots (XChart), JSON configurations merged over defaults. */
package io.hedgecone.rl.report;
