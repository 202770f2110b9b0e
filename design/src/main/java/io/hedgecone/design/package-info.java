/**
 * Optimal experimental design: D-, G- and A-optimal continuous designs over K candidate points in R^n, through
 * conic models built with the modeling API ({@link io.hedgecone.design.conic}) or first-order methods
 * ({@link io.hedgecone.design.fw}), certified independently ({@link io.hedgecone.design.Certificates}), rounded to k
 * points ({@link io.hedgecone.design.rounding}) and used for EAGLE's action sets ({@link io.hedgecone.design.eagle}).
 * Entry point: {@link io.hedgecone.design.OptimalDesign}.
 */
package io.hedgecone.design;
