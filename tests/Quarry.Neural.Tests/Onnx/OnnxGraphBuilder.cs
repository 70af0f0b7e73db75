using System.Runtime.InteropServices;

namespace Quarry.Neural.Tests.Onnx;

/// <summary>ONNX tensor element types (TensorProto.DataType).</summary>
internal enum OnnxType
{
    Float = 1,
    Int8 = 3,
    Int32 = 6,
    Int64 = 7,
}

/// <summary>
/// Builds a small ONNX model (opset 13) in memory and serializes it as ModelProto, so that tests can run real graphs
/// through ONNX Runtime without downloading weights. Field numbers follow onnx.proto.
/// </summary>
internal sealed class OnnxGraphBuilder
{
    private readonly List<ProtoWriter> _nodes = [];
    private readonly List<ProtoWriter> _initializers = [];
    private readonly List<ProtoWriter> _inputs = [];
    private readonly List<ProtoWriter> _outputs = [];
    private int _nodeCount;

    /// <summary>Dims are numbers (fixed) or strings (symbolic, e.g. "batch").</summary>
    public OnnxGraphBuilder Input(string name, OnnxType type, params object[] dims)
    {
        _inputs.Add(ValueInfo(name, type, dims));
        return this;
    }

    public OnnxGraphBuilder Output(string name, OnnxType type, params object[] dims)
    {
        _outputs.Add(ValueInfo(name, type, dims));
        return this;
    }

    public OnnxGraphBuilder Initializer(string name, float[] data, params long[] dims) =>
        AddTensor(name, OnnxType.Float, MemoryMarshal.AsBytes(data.AsSpan()), dims);

    public OnnxGraphBuilder Initializer(string name, sbyte[] data, params long[] dims) =>
        AddTensor(name, OnnxType.Int8, MemoryMarshal.AsBytes(data.AsSpan()), dims);

    public OnnxGraphBuilder Initializer(string name, long[] data, params long[] dims) =>
        AddTensor(name, OnnxType.Int64, MemoryMarshal.AsBytes(data.AsSpan()), dims);

    /// <summary>Adds a node; attributes are (name, value) with int/long, float, or long[] values.</summary>
    public OnnxGraphBuilder Node(string op, string[] inputs, string[] outputs, params (string Name, object Value)[] attributes)
    {
        var node = new ProtoWriter();
        foreach (string i in inputs)
        {
            node.String(1, i);
        }

        foreach (string o in outputs)
        {
            node.String(2, o);
        }

        node.String(3, $"{op}_{_nodeCount++}").String(4, op);
        foreach (var (name, value) in attributes)
        {
            var attr = new ProtoWriter().String(1, name);
            switch (value)
            {
                case int or long:
                    attr.Varint(3, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)).Varint(20, 2);
                    break;
                case float f:
                    attr.Float(2, f).Varint(20, 1);
                    break;
                case long[] ints:
                    attr.PackedVarints(8, ints).Varint(20, 7);
                    break;
                default:
                    throw new ArgumentException($"unsupported attribute value {value}");
            }

            node.Message(5, attr);
        }

        _nodes.Add(node);
        return this;
    }

    public byte[] Build()
    {
        var graph = new ProtoWriter();
        _nodes.ForEach(n => graph.Message(1, n));
        graph.String(2, "test_graph");
        _initializers.ForEach(t => graph.Message(5, t));
        _inputs.ForEach(v => graph.Message(11, v));
        _outputs.ForEach(v => graph.Message(12, v));
        return new ProtoWriter()
            .Varint(1, 8)
            .String(2, "quarry-tests")
            .Message(7, graph)
            .Message(8, new ProtoWriter().String(1, "").Varint(2, 13))
            .ToArray();
    }

    private OnnxGraphBuilder AddTensor(string name, OnnxType type, ReadOnlySpan<byte> raw, long[] dims)
    {
        var tensor = new ProtoWriter().PackedVarints(1, dims).Varint(2, (int)type).String(8, name).Bytes(9, raw);
        _initializers.Add(tensor);
        return this;
    }

    private static ProtoWriter ValueInfo(string name, OnnxType type, object[] dims)
    {
        var shape = new ProtoWriter();
        foreach (object d in dims)
        {
            var dim = d is string symbol ? new ProtoWriter().String(2, symbol) : new ProtoWriter().Varint(1, Convert.ToInt64(d, System.Globalization.CultureInfo.InvariantCulture));
            shape.Message(1, dim);
        }

        var tensorType = new ProtoWriter().Varint(1, (int)type).Message(2, shape);
        return new ProtoWriter().String(1, name).Message(2, new ProtoWriter().Message(1, tensorType));
    }
}
