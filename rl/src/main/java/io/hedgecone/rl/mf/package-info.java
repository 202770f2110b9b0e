/**
 * Behavioural embeddings by matrix factorization: sparse rating matrices, weighted ALS (Hu, Koren &amp; Volinsky
 * 2008), a MovieLens loader and a synthetic ratings generator with planted user types.
 */
package io.hedgecone.rl.mf;
