using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;

namespace Quarry.Neural.Models;

/// <summary>Running one padded batch.</summary>
internal sealed partial class OnnxModel
{
    private long _runTicks;

    /// <summary>Time spent inside ONNX Runtime's Run so far, in <see cref="Stopwatch"/> ticks (for benchmarks).</summary>
    public long RunTicks => Interlocked.Read(ref _runTicks);

    /// <summary>
    /// Runs a batch of token sequences (right-padded with <paramref name="padId"/> to the longest) and hands the named
    /// output's data and shape to <paramref name="consume"/> before the native buffers are released.
    /// </summary>
    public void Run(IReadOnlyList<int[]> ids, IReadOnlyList<int[]>? typeIds, int padId, string outputName, OutputConsumer consume)
    {
        int batch = ids.Count;
        int seq = 0;
        foreach (int[] row in ids)
        {
            seq = Math.Max(seq, row.Length);
        }

        long[] shape = [batch, seq];
        var inputIds = new long[batch * seq];
        var mask = new long[batch * seq];
        var types = new long[batch * seq];
        Array.Fill(inputIds, padId);
        for (int b = 0; b < batch; b++)
        {
            int[] row = ids[b];
            int offset = b * seq;
            for (int t = 0; t < row.Length; t++)
            {
                inputIds[offset + t] = row[t];
                mask[offset + t] = 1;
            }

            if (typeIds is not null)
            {
                int[] typeRow = typeIds[b];
                for (int t = 0; t < typeRow.Length; t++)
                {
                    types[offset + t] = typeRow[t];
                }
            }
        }

        var values = new List<OrtValue>(3);
        try
        {
            foreach (string name in _inputNames)
            {
                long[] data = name switch
                {
                    "input_ids" => inputIds,
                    "attention_mask" => mask,
                    _ => types,
                };
                values.Add(_int32Inputs
                    ? OrtValue.CreateTensorValueFromMemory(Array.ConvertAll(data, v => (int)v), shape)
                    : OrtValue.CreateTensorValueFromMemory(data, shape));
            }

            using var runOptions = new RunOptions();
            long started = Stopwatch.GetTimestamp();
            using var outputs = _session.Run(runOptions, _inputNames, values, [outputName]);
            Interlocked.Add(ref _runTicks, Stopwatch.GetTimestamp() - started);
            var output = outputs[0];
            var info = output.GetTensorTypeAndShape();
            consume(output.GetTensorDataAsSpan<float>(), info.Shape);
        }
        finally
        {
            foreach (var v in values)
            {
                v.Dispose();
            }
        }
    }
}

/// <summary>Receives a batch's output tensor (row-major data and its shape) while it is still alive.</summary>
internal delegate void OutputConsumer(ReadOnlySpan<float> data, long[] shape);
