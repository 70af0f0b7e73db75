using System.Text;
using System.Text.RegularExpressions;
using Quarry.Data.IO;
using Quarry.Data.Records;
using Quarry.Data.Trec;

namespace Quarry.Data.Topics;

/// <summary>
/// Reads TREC topic files: `&lt;top&gt; &lt;num&gt; Number: 301 &lt;title&gt; ... &lt;desc&gt; Description: ... &lt;narr&gt; Narrative: ... &lt;/top&gt;`,
/// closing field tags optional, fields on one line or many (whitespace is collapsed). Files of `&lt;DOC&gt;&lt;DOCNO&gt;` topics
/// (as Anserini ships CACM's) are read too, the text becoming the title.
/// </summary>
public static partial class TrecTopicsReader
{
    /// <summary>Streams the topics of <paramref name="path"/>.</summary>
    public static IEnumerable<TrecTopic> Read(string path, ReadOptions? options = null)
    {
        if (StartsWithDoc(path))
        {
            foreach (var doc in TrecDocumentReader.Read(path, options))
            {
                yield return new TrecTopic(doc.Id, Collapse(doc.Text));
            }

            yield break;
        }

        var decoder = new TextDecoder(path, options);
        using var reader = LineReader.Open(path);
        var block = new StringBuilder();
        long openedAt = 0;
        bool any = false;
        while (reader.TryReadLine(out var bytes))
        {
            string line = decoder.Decode(bytes, reader.LineNumber);
            int open = line.IndexOf("<top>", StringComparison.OrdinalIgnoreCase);
            if (open >= 0)
            {
                if (openedAt != 0)
                {
                    throw new InputFormatException(path, reader.LineNumber, $"expected </top> to close the topic opened on line {openedAt}");
                }

                openedAt = reader.LineNumber;
                block.Clear();
                line = line[(open + 5)..];
            }

            if (openedAt == 0)
            {
                continue;
            }

            int close = line.IndexOf("</top>", StringComparison.OrdinalIgnoreCase);
            block.Append(close < 0 ? line : line[..close]).Append('\n');
            if (close >= 0)
            {
                any = true;
                yield return Parse(block.ToString(), path, openedAt);
                openedAt = 0;
            }
        }

        if (openedAt != 0)
        {
            throw new InputFormatException(path, openedAt, "expected </top>: the topic opened here is never closed");
        }

        if (!any)
        {
            throw new InputFormatException(path, 0, "the file is empty (expected <top><num>..<title>..</top> topics)");
        }
    }

    /// <summary>Loads every topic of <paramref name="path"/> as a title query.</summary>
    public static List<Query> LoadQueries(string path, ReadOptions? options = null) => [.. Read(path, options).Select(t => t.ToQuery())];

    private static TrecTopic Parse(string block, string path, long line)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var tags = FieldTag().Matches(block);
        for (int i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag.Value.StartsWith("</", StringComparison.Ordinal))
            {
                continue;
            }

            int start = tag.Index + tag.Length;
            int end = i + 1 < tags.Count ? tags[i + 1].Index : block.Length;
            fields.TryAdd(tag.Groups[1].Value, Collapse(block[start..end]));
        }

        if (!fields.TryGetValue("num", out string? num) || num.Length == 0)
        {
            throw new InputFormatException(path, line, "expected <num> in the topic opened here");
        }

        if (!fields.TryGetValue("title", out string? title))
        {
            throw new InputFormatException(path, line, "expected <title> in the topic opened here");
        }

        return new TrecTopic(
            StripLabel(num, "Number:"),
            StripLabel(title, "Topic:"),
            StripLabel(fields.GetValueOrDefault("desc", ""), "Description:"),
            StripLabel(fields.GetValueOrDefault("narr", ""), "Narrative:"));
    }

    private static string StripLabel(string value, string label) =>
        value.StartsWith(label, StringComparison.OrdinalIgnoreCase) ? value[label.Length..].Trim() : value;

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    private static bool StartsWithDoc(string path)
    {
        using var reader = LineReader.Open(path);
        while (reader.TryReadLine(out var line))
        {
            var trimmed = line.Trim(" \t"u8);
            if (!trimmed.IsEmpty)
            {
                return trimmed.StartsWith("<DOC>"u8) || trimmed.StartsWith("<doc>"u8);
            }
        }

        return false;
    }

    [GeneratedRegex(@"</?(num|title|desc|narr)>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FieldTag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
