using Quarry.Data.Records;

namespace Quarry.Data.Classic;

/// <summary>A small classic test collection: documents, queries and graded judgments, loaded whole (they are a few MB).</summary>
public sealed record ClassicCollection(string Name, IReadOnlyList<Passage> Documents, IReadOnlyList<Query> Queries, IReadOnlyList<Qrel> Qrels);
