namespace Quarry.Mining.Labels;

/// <summary>One judged passage of a query and its grade.</summary>
public readonly record struct Judgment(string DocId, int Grade);
