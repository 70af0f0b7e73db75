using System.CommandLine;
using Quarry.Cli.Hosting;
using Quarry.Lexical;
using Quarry.Lexical.Index;

namespace Quarry.Cli.Commands;

/// <summary>`quarry index-stats`: Print the statistics of an index.</summary>
public static class IndexStatsCommand
{
    public static Command Create()
    {
        var command = new Command("index-stats", "Print the statistics of an index: counts, average length, analyzer, sizes on disk.");
        var dir = new Argument<string>("DIR") { Description = "Index directory." };
        command.Arguments.Add(dir);
        command.SetAction(parseResult => CliRunner.Run("index-stats", () =>
        {
            using var index = IndexOpening.Open(parseResult.GetValue(dir)!);
            var m = index.Manifest;
            var w = Console.Out;
            w.WriteLine($"index              {index.Directory}");
            w.WriteLine($"format             {m.Format} v{m.FormatVersion}");
            w.WriteLine($"documents          {m.Documents:N0}");
            w.WriteLine($"with tokens (N)    {m.DocumentsWithTokens:N0}");
            w.WriteLine($"skipped empty      {m.SkippedEmpty:N0}");
            w.WriteLine($"tokens             {m.TotalTokens:N0}");
            w.WriteLine($"avgdl              {(m.DocumentsWithTokens > 0 ? (float)(m.TotalTokens / (double)m.DocumentsWithTokens) : 0f)}");
            w.WriteLine($"terms              {m.Terms:N0}");
            w.WriteLine($"postings           {m.Postings:N0}");
            w.WriteLine($"blocks             {m.Blocks:N0}");
            w.WriteLine($"analyzer           {m.Analyzer.Name} (stem={m.Analyzer.Stem}, stopwords removed={m.Analyzer.RemoveStopwords})");
            w.WriteLine($"collection         {m.Collection.Source} ({m.Collection.Format}) sha256 {m.Collection.ContentSha256}");
            w.WriteLine($"doc store          {(m.HasDocStore ? "yes" : "no")}");
            w.WriteLine($"created            {m.CreatedUtc}");
            // "Postings plus lengths" is what answers a query: dictionary, block entries, postings and both length files.
            long postingsAndLengths = 0;
            long ids = 0;
            foreach (string f in new[] { IndexFiles.Postings, IndexFiles.Blocks, IndexFiles.Terms, IndexFiles.TermIndex, IndexFiles.Norms, IndexFiles.Lengths, IndexFiles.IdDecimal, IndexFiles.IdBytes, IndexFiles.IdOffsets, IndexFiles.IdSorted, IndexFiles.DocStoreData, IndexFiles.DocStoreIndex })
            {
                var info = new FileInfo(Path.Combine(index.Directory, f));
                if (info.Exists)
                {
                    w.WriteLine($"  {f,-16} {info.Length,15:N0} bytes");
                    if (f is IndexFiles.Postings or IndexFiles.Blocks or IndexFiles.Terms or IndexFiles.TermIndex or IndexFiles.Norms or IndexFiles.Lengths)
                    {
                        postingsAndLengths += info.Length;
                    }
                    else if (f.StartsWith("ids.", StringComparison.Ordinal))
                    {
                        ids += info.Length;
                    }
                }
            }

            w.WriteLine($"postings+lengths   {postingsAndLengths:N0} bytes");
            w.WriteLine($"ids                {(index.Ids.IsDecimal ? "decimal 0..N-1 in order (no file)" : $"{ids:N0} bytes")}");
            return 0;
        }));
        return command;
    }
}
