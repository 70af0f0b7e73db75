using Microsoft.ML.OnnxRuntime;
using Quarry.Data.IO;

namespace Quarry.Neural.Models;

/// <summary>
/// An ONNX Runtime session over a BERT-style graph: validates the graph's inputs (input_ids, optional attention_mask and
/// token_type_ids, int64 or int32) and runs padded batches of token ids.
/// </summary>
internal sealed partial class OnnxModel : IDisposable
{
    private readonly InferenceSession _session;
    private readonly string[] _inputNames;
    private readonly bool _int32Inputs;

    public OnnxModel(string path, OnnxRuntimeOptions runtime)
    {
        Path = path;
        using var options = CreateSessionOptions(runtime);
        try
        {
            _session = new InferenceSession(path, options);
        }
        catch (OnnxRuntimeException ex)
        {
            throw new InputFormatException(path, 0, "not a loadable ONNX graph: " + FirstLine(ex.Message));
        }

        try
        {
            (_inputNames, _int32Inputs) = ValidateInputs(path, _session.InputMetadata);
            HasTokenTypes = _inputNames.Contains("token_type_ids");
            HasAttentionMask = _inputNames.Contains("attention_mask");
        }
        catch
        {
            _session.Dispose();
            throw;
        }
    }

    public string Path { get; }

    public bool HasTokenTypes { get; }

    public bool HasAttentionMask { get; }

    /// <summary>The graph's outputs: name, element type and dimensions (-1 where symbolic).</summary>
    public IReadOnlyDictionary<string, NodeMetadata> Outputs => _session.OutputMetadata;

    public void Dispose() => _session.Dispose();

    private static SessionOptions CreateSessionOptions(OnnxRuntimeOptions runtime)
    {
        var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            InterOpNumThreads = 1,
            IntraOpNumThreads = Math.Max(0, runtime.Threads),
        };
        if (runtime.Device == ExecutionDevice.Cuda)
        {
            try
            {
                options.AppendExecutionProvider_CUDA(runtime.DeviceId);
            }
            catch (Exception ex) when (ex is OnnxRuntimeException or EntryPointNotFoundException or DllNotFoundException)
            {
                options.Dispose();
                throw new NotSupportedException(
                    "the CUDA execution provider is not available in this ONNX Runtime build (install the GPU package, " +
                    "Microsoft.ML.OnnxRuntime.Gpu, with CUDA and cuDNN): " + FirstLine(ex.Message), ex);
            }
        }

        return options;
    }

    private static (string[] Names, bool Int32) ValidateInputs(string path, IReadOnlyDictionary<string, NodeMetadata> inputs)
    {
        if (!inputs.ContainsKey("input_ids"))
        {
            throw new InputFormatException(path, 0,
                $"graph inputs are [{string.Join(", ", inputs.Keys)}]; a BERT-style encoder needs input_ids (and usually attention_mask, token_type_ids)");
        }

        bool int32 = inputs["input_ids"].ElementType == typeof(int);
        foreach (var (name, meta) in inputs)
        {
            if (name is not ("input_ids" or "attention_mask" or "token_type_ids"))
            {
                throw new InputFormatException(path, 0, $"unexpected graph input '{name}': only input_ids, attention_mask and token_type_ids can be fed");
            }

            if (meta.ElementType != typeof(long) && meta.ElementType != typeof(int))
            {
                throw new InputFormatException(path, 0, $"graph input '{name}' has element type {meta.ElementType.Name}; expected int64 or int32");
            }

            if (meta.Dimensions.Length != 2)
            {
                throw new InputFormatException(path, 0, $"graph input '{name}' has rank {meta.Dimensions.Length}; expected [batch, sequence]");
            }
        }

        return ([.. inputs.Keys], int32);
    }

    internal static string FirstLine(string message)
    {
        int newline = message.IndexOf('\n');
        return newline < 0 ? message : message[..newline];
    }
}
