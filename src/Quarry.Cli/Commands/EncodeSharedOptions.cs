using System.CommandLine;
using Quarry.Cli.Hosting;
using Quarry.Neural.Models;

namespace Quarry.Cli.Commands;

/// <summary>The model options `quarry encode` and `quarry rerank` share: folder, tokenizer, graph, device, threads, batch, length.</summary>
internal sealed class ModelCliOptions
{
    public Option<string> Model { get; } = new("--model", "-m") { Description = "Model folder (ONNX export: onnx/model.onnx or model.onnx, tokenizer files, config)", Required = true };

    public Option<string?> Tokenizer { get; } = new("--tokenizer") { Description = "Tokenizer kept outside the model folder (folder, tokenizer.json or vocab.txt)" };

    public Option<string?> OnnxFile { get; } = new("--onnx-file") { Description = "ONNX graph to load, relative to the model folder (e.g. onnx/model_qint8_avx512.onnx)" };

    public Option<string?> OutputName { get; } = new("--output-name") { Description = "Graph output to read (default: last_hidden_state / token_embeddings / sentence_embedding for encoders, logits for cross-encoders)" };

    public Option<string> Device { get; } = new("--device") { Description = "cpu, or cuda (needs the GPU build of ONNX Runtime)", DefaultValueFactory = _ => "cpu" };

    public Option<int> DeviceId { get; } = new("--device-id") { Description = "CUDA device ordinal", DefaultValueFactory = _ => 0 };

    public Option<int> Threads { get; } = new("--threads", "-t") { Description = "ONNX Runtime intra-op threads (0: all cores)", DefaultValueFactory = _ => 0 };

    public Option<int> BatchSize { get; } = new("--batch-size") { Description = "Sequences per ONNX Runtime call", DefaultValueFactory = _ => 32 };

    public Option<int?> MaxLength { get; } = new("--max-length") { Description = "Maximum tokens per sequence (default: the model's max_seq_length, at most 512)" };

    public void AddTo(Command command)
    {
        Device.AcceptOnlyFromAmong("cpu", "cuda");
        foreach (var option in new Option[] { Model, Tokenizer, OnnxFile, OutputName, Device, DeviceId, Threads, BatchSize, MaxLength })
        {
            command.Options.Add(option);
        }
    }

    public OnnxRuntimeOptions Runtime(ParseResult result) => new()
    {
        Device = result.GetValue(Device) == "cuda" ? ExecutionDevice.Cuda : ExecutionDevice.Cpu,
        DeviceId = result.GetValue(DeviceId),
        Threads = NonNegative(result, Threads),
    };

    public int Batch(ParseResult result)
    {
        int value = result.GetValue(BatchSize);
        return value >= 1 ? value : throw new UsageException($"--batch-size {value}: must be at least 1");
    }

    public int? Length(ParseResult result)
    {
        int? value = result.GetValue(MaxLength);
        return value is null or >= 3 ? value : throw new UsageException($"--max-length {value}: must be at least 3");
    }

    /// <summary>Loads a model, turning a missing CUDA provider into a one-line usage error.</summary>
    public static T Load<T>(Func<T> load)
    {
        try
        {
            return load();
        }
        catch (NotSupportedException ex)
        {
            throw new UsageException("--device cuda: " + ex.Message);
        }
    }

    private static int NonNegative(ParseResult result, Option<int> option)
    {
        int value = result.GetValue(option);
        return value >= 0 ? value : throw new UsageException($"{option.Name} {value}: must not be negative");
    }
}
