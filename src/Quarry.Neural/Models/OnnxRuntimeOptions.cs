namespace Quarry.Neural.Models;

/// <summary>Where ONNX Runtime executes a model.</summary>
public enum ExecutionDevice
{
    /// <summary>The default CPU provider.</summary>
    Cpu,

    /// <summary>The CUDA provider; needs the GPU build of ONNX Runtime (Microsoft.ML.OnnxRuntime.Gpu) in place of the CPU one.</summary>
    Cuda,
}

/// <summary>How ONNX Runtime sessions are created.</summary>
public sealed record OnnxRuntimeOptions
{
    /// <summary>Execution provider. Default CPU.</summary>
    public ExecutionDevice Device { get; init; } = ExecutionDevice.Cpu;

    /// <summary>CUDA device ordinal when <see cref="Device"/> is CUDA. Default 0.</summary>
    public int DeviceId { get; init; }

    /// <summary>Threads ONNX Runtime uses inside one operator; 0 lets it choose (all cores). Default 0.</summary>
    public int Threads { get; init; }
}
