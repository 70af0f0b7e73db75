using System.CommandLine;
using Quarry.Cli.Hosting;
using Quarry.Data.Formats;
using Quarry.Neural.Models;
using Quarry.Neural.Pipeline;
using Quarry.Neural.Vectors;

namespace Quarry.Cli.Commands;

/// <summary>`quarry encode`: Encode a collection into vectors with an ONNX bi-encoder.</summary>
public static class EncodeCommand
{
    public static Command Create()
    {
        var model = new ModelCliOptions();
        var collection = new Option<string>("--collection", "-c") { Description = "Collection to encode ('pid<TAB>passage', BEIR, JSONL or TREC; .gz allowed)", Required = true };
        var format = new Option<string>("--format") { Description = $"Collection format: {CollectionFormats.Names}", DefaultValueFactory = _ => "auto" };
        var output = new Option<string>("--output", "-o") { Description = "Vector file to write (checkpoints go to OUTPUT.parts/ until it is complete)", Required = true };
        var shard = new Option<string?>("--shard") { Description = "Encode only shard i of N (0-based, e.g. 0/4: contiguous slices); join the outputs with 'quarry encode merge'" };
        var dtype = new Option<string>("--dtype") { Description = "Stored precision: fp32, fp16, or int8 (one scale per vector)", DefaultValueFactory = _ => "fp32" };
        dtype.AcceptOnlyFromAmong("fp32", "fp16", "int8");
        var checkpoint = new Option<int>("--checkpoint-every") { Description = "Passages per checkpoint: a killed run resumes from the last one", DefaultValueFactory = _ => 50_000 };
        var embedding = new EncodeEmbeddingOptions();
        var command = new Command("encode", "Encode a collection into vectors with an ONNX bi-encoder. Streaming, batched by length, resumable (rerun the same command), shardable.");
        model.AddTo(command);
        embedding.AddTo(command);
        foreach (var option in new Option[] { collection, format, output, shard, dtype, checkpoint })
        {
            command.Options.Add(option);
        }

        command.Subcommands.Add(EncodeMerge.Create());
        command.SetAction(parseResult => CliRunner.Run("encode", () =>
        {
            int every = parseResult.GetValue(checkpoint);
            if (every < 1)
            {
                throw new UsageException($"--checkpoint-every {every}: must be at least 1");
            }

            var job = new EncodeJobOptions
            {
                Format = parseResult.GetValue(format)!,
                Shard = ParseShard(parseResult.GetValue(shard)),
                DType = parseResult.GetValue(dtype) switch { "fp16" => VectorDType.Float16, "int8" => VectorDType.Int8, _ => VectorDType.Float32 },
                CheckpointEvery = every,
            };
            var options = embedding.Apply(parseResult, new BiEncoderOptions
            {
                Tokenizer = parseResult.GetValue(model.Tokenizer),
                OnnxFile = parseResult.GetValue(model.OnnxFile),
                OutputName = parseResult.GetValue(model.OutputName),
                BatchSize = model.Batch(parseResult),
                MaxLength = model.Length(parseResult),
                Runtime = model.Runtime(parseResult),
            });
            using var encoder = ModelCliOptions.Load(() => BiEncoder.Load(parseResult.GetValue(model.Model)!, options));
            string outPath = parseResult.GetValue(output)!;
            string input = parseResult.GetValue(collection)!;
            long passages = ConsoleProgress.Run("count passages", 0, _ => CorpusEncoder.CountPassages(input, job.Format));
            job = job with { PassageCount = passages };
            var (start, end) = job.Shard.Range(passages);
            var result = ConsoleProgress.Run("encode", end - start, progress => CorpusEncoder.Run(encoder, input, outPath, job, progress));
            string resumed = result.Resumed > 0 ? $" ({result.Resumed} from checkpoints)" : "";
            Console.Error.WriteLine($"quarry encode: {result.Encoded + result.Resumed} passages{resumed}, dim {result.Dimension}, {parseResult.GetValue(dtype)}, shard {job.Shard} -> {outPath}");
            return 0;
        }));
        return command;
    }

    private static ShardSpec ParseShard(string? text)
    {
        try
        {
            return text is null ? ShardSpec.Whole : ShardSpec.Parse(text);
        }
        catch (FormatException ex)
        {
            throw new UsageException("--shard: " + ex.Message);
        }
    }
}
