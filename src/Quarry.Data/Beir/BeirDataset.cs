using Quarry.Data.IO;

namespace Quarry.Data.Beir;

/// <summary>The files of one BEIR dataset folder (`corpus.jsonl`, `queries.jsonl`, `qrels/{split}.tsv`), any of them possibly gzipped.</summary>
public sealed class BeirDataset
{
    /// <summary>Locates the files of the BEIR folder <paramref name="folder"/>; fails when it holds no corpus.</summary>
    public BeirDataset(string folder)
    {
        Folder = folder;
        CorpusPath = Find(folder, "corpus.jsonl") ?? throw new InputFormatException(folder, 0, "not a BEIR folder: no corpus.jsonl (or corpus.jsonl.gz) in it");
        QueriesPath = Find(folder, "queries.jsonl");
    }

    /// <summary>The dataset folder.</summary>
    public string Folder { get; }

    /// <summary>The corpus file.</summary>
    public string CorpusPath { get; }

    /// <summary>The queries file, or null when the folder has none.</summary>
    public string? QueriesPath { get; }

    /// <summary>The splits that have a qrels file (`test`, `dev`, `train`), sorted.</summary>
    public IReadOnlyList<string> Splits
    {
        get
        {
            string dir = Path.Combine(Folder, "qrels");
            if (!Directory.Exists(dir))
            {
                return [];
            }

            return [.. Directory.EnumerateFiles(dir).Select(f => Path.GetFileName(f)).Where(f => f.EndsWith(".tsv", StringComparison.Ordinal) || f.EndsWith(".tsv.gz", StringComparison.Ordinal))
                .Select(f => f[..f.IndexOf(".tsv", StringComparison.Ordinal)]).Order(StringComparer.Ordinal)];
        }
    }

    /// <summary>The qrels file of <paramref name="split"/>; an error lists the splits that exist.</summary>
    public string QrelsPath(string split) =>
        Find(Path.Combine(Folder, "qrels"), split + ".tsv")
        ?? throw new InputFormatException(Folder, 0, $"no qrels/{split}.tsv; splits present: {(Splits.Count == 0 ? "none" : string.Join(", ", Splits))}");

    private static string? Find(string dir, string name)
    {
        string plain = Path.Combine(dir, name);
        if (File.Exists(plain))
        {
            return plain;
        }

        return File.Exists(plain + ".gz") ? plain + ".gz" : null;
    }
}
