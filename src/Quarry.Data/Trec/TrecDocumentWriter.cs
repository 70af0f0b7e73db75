using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Trec;

/// <summary>Writes TREC SGML documents (`&lt;DOC&gt;&lt;DOCNO&gt;id&lt;/DOCNO&gt;&lt;TEXT&gt;...&lt;/TEXT&gt;&lt;/DOC&gt;`) atomically.</summary>
public static class TrecDocumentWriter
{
    /// <summary>Writes the documents and returns how many; a title goes in a `&lt;TITLE&gt;` element.</summary>
    public static long Write(string path, IEnumerable<Passage> documents) =>
        TsvOutput.WriteAll(path, documents, (writer, d) =>
        {
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
