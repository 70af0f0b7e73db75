using System.CommandLine;
using Quarry.Cli.Hosting;
using Quarry.Data.Formats;
using Quarry.Data.Records;
using Quarry.Data.Runs;
using Quarry.Data.Topics;
using Quarry.Lexical.Index.DocStore;
using Quarry.Neural.Models;
using Quarry.Neural.Reranking;

namespace Quarry.Cli.Commands;

/// <summary>`quarry rerank`: Rerank a run with an ONNX cross-encoder.</summary>
public static class RerankCommand
{
    public static Command Create()
    {
        var model = new ModelCliOptions();
        var run = new Option<string>("--run", "-r") { Description = "First-stage run (TREC or MS MARCO format)", Required = true };
        var topics = new Option<string>("--topics") { Description = "Queries, 'qid<TAB>text'", Required = true };
        var passages = new Option<string>("--passages", "-p") { Description = "Passage texts: an index folder built with --store-docs, or a collection file 'pid<TAB>passage'", Required = true };
        var depth = new Option<int>("--depth", "-k") { Description = "Hits reranked per query (the run's top by score); the rest are dropped", DefaultValueFactory = _ => 100 };
        var output = new Option<string>("--output", "-o") { Description = "Reranked run to write", Required = true };
        var format = new Option<string>("--format") { Description = "Output format: trec or msmarco", DefaultValueFactory = _ => "trec" };
        var collectionFormat = new Option<string>("--collection-format") { Description = $"Format of a --passages collection file: {CollectionFormats.Names}", DefaultValueFactory = _ => "auto" };
        format.AcceptOnlyFromAmong("trec", "msmarco");
        var tag = new Option<string>("--tag") { Description = "Run tag (TREC format)", DefaultValueFactory = _ => "quarry-rerank" };
        var sigmoid = new Option<bool>("--sigmoid") { Description = "Report a one-logit model's score through a sigmoid (default: the raw logit; the ranking is the same)" };
        var command = new Command("rerank", "Rerank a run with an ONNX cross-encoder; (query, passage) pairs are batched across queries.");
        model.AddTo(command);
        foreach (var option in new Option[] { run, topics, passages, collectionFormat, depth, output, format, tag, sigmoid })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => CliRunner.Run("rerank", () =>
        {
            int k = parseResult.GetValue(depth);
            if (k < 1)
            {
                throw new UsageException($"--depth {k}: must be at least 1");
            }

            var options = new CrossEncoderOptions
            {
                Tokenizer = parseResult.GetValue(model.Tokenizer),
                OnnxFile = parseResult.GetValue(model.OnnxFile),
                OutputName = parseResult.GetValue(model.OutputName),
                BatchSize = model.Batch(parseResult),
                MaxLength = model.Length(parseResult),
                Runtime = model.Runtime(parseResult),
                Activation = parseResult.GetValue(sigmoid) ? ScoreActivation.Sigmoid : ScoreActivation.Logit,
            };
            using var encoder = ModelCliOptions.Load(() => CrossEncoder.Load(parseResult.GetValue(model.Model)!, options));
            var firstStage = RunReader.Load(parseResult.GetValue(run)!);
            var queries = TopicsReader.Read(parseResult.GetValue(topics)!).ToDictionary(q => q.Id, q => q.Text, StringComparer.Ordinal);
            string passagePath = parseResult.GetValue(passages)!;
            using var source = OpenPassages(passagePath, parseResult.GetValue(collectionFormat)!, firstStage, k);
            long total = firstStage.QueryIds.Sum(q => (long)Math.Min(k, firstStage[q].Count));
            string outPath = parseResult.GetValue(output)!;
            var fmt = parseResult.GetValue(format) == "msmarco" ? RunFormat.MsMarco : RunFormat.Trec;
            int written = ConsoleProgress.Run("rerank", total, progress =>
            {
                int count = 0;
                var results = RunReranker.Rerank(encoder, firstStage, queries, source.Source, new RunRerankOptions { Depth = k }, progress);
                RunWriter.Write(outPath, results.Select(r => { count++; return r; }), fmt, parseResult.GetValue(tag)!);
                return count;
            });
            Console.Error.WriteLine($"quarry rerank: {written} queries, {total} pairs scored -> {outPath}");
            return 0;
        }));
        return command;
    }

    private static PassageSourceHandle OpenPassages(string path, string collectionFormat, Run run, int depth)
    {
        // A folder is an index with a docstore, unless it is a BEIR dataset (its corpus.jsonl is a collection).
        if (Directory.Exists(path) && !File.Exists(Path.Combine(path, "corpus.jsonl")))
        {
            var store = DocStore.Open(path);
            return new PassageSourceHandle(new DocStoreSource(path, store), store);
        }

        var needed = new HashSet<string>(StringComparer.Ordinal);
        foreach (string qid in run.QueryIds)
        {
            foreach (ScoredDoc hit in RunReranker.TopByScore(run[qid], depth))
            {
                needed.Add(hit.DocId);
            }
        }

        return new PassageSourceHandle(PassageTable.Load(path, needed, collectionFormat), null);
    }

    private sealed class DocStoreSource(string path, DocStore store) : IPassageSource
    {
        public string Name { get; } = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));

        public bool TryGetText(string id, out string text) => store.TryGetText(id, out text);
    }

    private sealed class PassageSourceHandle(IPassageSource source, IDisposable? owner) : IDisposable
    {
        public IPassageSource Source { get; } = source;

        public void Dispose() => owner?.Dispose();
    }
}
