namespace PolicyKB.Search.Replication;

/// <summary>
/// What this node's own indexes (its replica) hold, counted from the indexes themselves rather than from the store or
/// the read model, so an operator (and the multi-node tests) can compare a node against PostgreSQL.
/// </summary>
/// <param name="Documents">Documents in the Lucene index.</param>
/// <param name="Clauses">Clauses in the Lucene index.</param>
/// <param name="VectorDocuments">Documents with embeddings in the vector file; 0 without an embedding model.</param>
/// <param name="Vectors">Vector rows (a long clause adds one row per passage); 0 without an embedding model.</param>
public sealed record ReplicaIndexCounts(int Documents, int Clauses, int VectorDocuments, int Vectors);
