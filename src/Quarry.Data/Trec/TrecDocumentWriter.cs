using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Trec;

/// <summary>Writes TREC SGML documents (`&lt;DOC&gt;&lt;DOCNO&gt;id&lt;/DOCNO&gt;&lt;TEXT&gt;...&lt;/TEXT&gt;&lt;/DOC&gt;`) atomically.</summary>
public static class TrecDocumentWriter
{
    /// <summary>
    /// Writes the documents and returns how many; a title goes in a `&lt;TITLE&gt;` element. A text holding `&lt;/DOC&gt;`
    /// (it would end the document early) or an id holding `&lt;` is an <see cref="InvalidDataException"/>.
    /// </summary>
    public static long Write(string path, IEnumerable<Passage> documents) =>
        OutputFiles.WriteAll(path, documents, (writer, d) =>
        {
            if (d.Id.Contains('<', StringComparison.Ordinal) || d.Id.AsSpan().IndexOfAny('\n', '\r') >= 0
                || d.Text.Contains("</DOC>", StringComparison.OrdinalIgnoreCase) || (d.Title?.Contains("</DOC>", StringComparison.OrdinalIgnoreCase) ?? false))
            {
                throw new InvalidDataException($"document '{d.Id}' cannot be written as TREC SGML: its id holds '<' or a line break, or its text holds </DOC>");
            }

            writer.Write("<DOC>\n<DOCNO>");
            writer.Write(d.Id);
            writer.Write("</DOCNO>\n");
            if (!string.IsNullOrEmpty(d.Title))
            {
                writer.Write("<TITLE>");
                writer.Write(d.Title);
                writer.Write("</TITLE>\n");
            }

            writer.Write("<TEXT>\n");
            writer.Write(d.Text);
            writer.Write("\n</TEXT>\n</DOC>\n");
        });
}
