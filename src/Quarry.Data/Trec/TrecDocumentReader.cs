using System.Text;
using System.Text.RegularExpressions;
using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Trec;

/// <summary>
/// Streams TREC SGML documents: `&lt;DOC&gt;&lt;DOCNO&gt;id&lt;/DOCNO&gt; text &lt;/DOC&gt;` (tags in any case, on their own lines or not).
/// The text is every line of the document except the DOCNO element, with other tags (`&lt;TEXT&gt;`, `&lt;HEADLINE&gt;`...) removed
/// and lines joined by single spaces.
/// </summary>
public static partial class TrecDocumentReader
{
    /// <summary>Streams the documents of <paramref name="path"/>.</summary>
    public static IEnumerable<Passage> Read(string path, ReadOptions? options = null)
    {
        var decoder = new TextDecoder(path, options);
        using var reader = LineReader.Open(path);
        var body = new StringBuilder();
        string? docno = null;
        long openedAt = 0;
        bool any = false;
        while (true)
        {
            string line;
            if (reader.TryReadLine(out var bytes))
            {
                line = decoder.Decode(bytes, reader.LineNumber);
            }
            else
            {
                break;
            }

            long number = reader.LineNumber;
            int pos = 0;
            while (pos < line.Length)
            {
                if (openedAt == 0)
                {
                    int open = line.IndexOf("<DOC>", pos, StringComparison.OrdinalIgnoreCase);
                    if (open < 0)
                    {
                        if (!string.IsNullOrWhiteSpace(line[pos..]))
                        {
                            throw new InputFormatException(path, number, "expected <DOC>, found text outside a document");
                        }

                        break;
                    }

                    if (!string.IsNullOrWhiteSpace(line[pos..open]))
                    {
                        throw new InputFormatException(path, number, "expected <DOC>, found text outside a document");
                    }

                    openedAt = number;
                    docno = null;
                    body.Clear();
                    pos = open + 5;
                    continue;
                }

                int close = line.IndexOf("</DOC>", pos, StringComparison.OrdinalIgnoreCase);
                string segment = close < 0 ? line[pos..] : line[pos..close];
                if (segment.Contains("<DOC>", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InputFormatException(path, number, $"expected </DOC> to close the document opened on line {openedAt}, found another <DOC>");
                }

                docno = TakeDocno(segment, docno, body, path, number);
                if (close < 0)
                {
                    break;
                }

                any = true;
                yield return Finish(docno, body, path, openedAt);
                openedAt = 0;
                pos = close + 6;
            }
        }

        if (openedAt != 0)
        {
            throw new InputFormatException(path, openedAt, "expected </DOC>: the document opened here is never closed");
        }

        if (!any)
        {
            throw new InputFormatException(path, 0, "the file is empty (expected <DOC><DOCNO>id</DOCNO>...</DOC> documents)");
        }
    }

    private static string? TakeDocno(string segment, string? docno, StringBuilder body, string path, long number)
    {
        var match = DocnoPattern().Match(segment);
        if (match.Success)
        {
            if (docno is not null)
            {
                throw new InputFormatException(path, number, "expected one <DOCNO> per document, found a second");
            }

            docno = match.Groups[1].Value.Trim();
            segment = segment.Remove(match.Index, match.Length);
        }

        string text = TagPattern().Replace(segment, " ").Trim();
        if (text.Length > 0)
        {
            if (body.Length > 0)
            {
                body.Append(' ');
            }

            body.Append(text);
        }

        return docno;
    }

    private static Passage Finish(string? docno, StringBuilder body, string path, long openedAt)
    {
        if (string.IsNullOrEmpty(docno))
        {
            throw new InputFormatException(path, openedAt, "expected <DOCNO>id</DOCNO> in the document opened here");
        }

        return new Passage(docno, body.ToString());
    }

    [GeneratedRegex("<DOCNO>(.*?)</DOCNO>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DocnoPattern();

    [GeneratedRegex("</?[A-Za-z][A-Za-z0-9]*(\\s[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();
}
