namespace Quarry.Data.Records;

/// <summary>A training triple of texts (MS MARCO `triples.train.small.tsv`): query, relevant passage, non-relevant passage.</summary>
public sealed record Triple(string Query, string Positive, string Negative);

/// <summary>A training triple of ids (MS MARCO `qidpidtriples.train.full.tsv`): query, relevant passage, non-relevant passage.</summary>
public readonly record struct IdTriple(string QueryId, string PositiveId, string NegativeId);

/// <summary>One line of an MS MARCO `top1000.*.tsv` candidate file: query and passage ids with both texts.</summary>
public sealed record Top1000Entry(string QueryId, string PassageId, string Query, string Passage);

/// <summary>A TREC topic (`&lt;top&gt;&lt;num&gt;...&lt;title&gt;...`); description and narrative are empty when the file has none.</summary>
public sealed record TrecTopic(string Id, string Title, string Description = "", string Narrative = "")
{
    /// <summary>The topic as a query on its title, the usual ad-hoc setting.</summary>
    public Query ToQuery() => new(Id, Title);
}
