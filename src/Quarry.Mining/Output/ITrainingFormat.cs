using System.Text;
using Quarry.Mining.Pipeline;

namespace Quarry.Mining.Output;

/// <summary>A training-file layout: turns one mined query into its lines (each ending in '\n').</summary>
public interface ITrainingFormat
{
    /// <summary>The name used by <c>--format</c>.</summary>
    string Name { get; }

    /// <summary>Whether passages are written as text (then positives without text are left out).</summary>
    bool NeedsText { get; }

    /// <summary>Whether a row needs all K negatives (rows with fewer are not written).</summary>
    bool NeedsFullTuple { get; }

    /// <summary>Appends the query's lines and returns how many were written.</summary>
    int Append(MinedQuery query, StringBuilder into);
}
