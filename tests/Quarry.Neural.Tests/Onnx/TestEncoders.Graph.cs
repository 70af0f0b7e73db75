namespace Quarry.Neural.Tests.Onnx;

/// <summary>The graph: embedding lookup, then small masked self-attention and feed-forward layers.</summary>
internal static partial class TestEncoders
{
    internal static OnnxGraphBuilder BuildGraph(TestEncoderSpec spec, int vocabSize)
    {
        int d = spec.Dim;
        var g = new OnnxGraphBuilder()
            .Input("input_ids", OnnxType.Int64, "batch", "sequence")
            .Input("attention_mask", OnnxType.Int64, "batch", "sequence");
        if (spec.TokenTypes)
        {
            g.Input("token_type_ids", OnnxType.Int64, "batch", "sequence");
        }

        Weight(g, spec, "embeddings", EmbeddingTable(spec, vocabSize), vocabSize, d);
        g.Node("Gather", ["embeddings", "input_ids"], ["x0"], ("axis", 0));
        string x = "x0";
        if (spec.TokenTypes)
        {
            // Type embeddings of zero for type 0, so a single text's output is the plain lookup.
            var types = new float[2 * d];
            Array.Copy(Weights(spec.Seed + 1, d, 0.5f), 0, types, d, d);
            g.Initializer("type_embeddings", types, 2, d);
            g.Node("Gather", ["type_embeddings", "token_type_ids"], ["types"], ("axis", 0));
            g.Node("Add", [x, "types"], ["x_typed"]);
            x = "x_typed";
        }

        if (spec.Layers > 0)
        {
            AddMaskBias(g);
        }

        for (int layer = 0; layer < spec.Layers; layer++)
        {
            x = AddLayer(g, spec, layer, x);
        }

        if (spec.Quantized)
        {
            g.Initializer("act_scale", [0.02f]).Initializer("act_zero", new sbyte[] { 0 });
            g.Node("QuantizeLinear", [x, "act_scale", "act_zero"], ["x_q"]);
            g.Node("DequantizeLinear", ["x_q", "act_scale", "act_zero"], ["x_dq"]);
            x = "x_dq";
        }

        g.Node("Identity", [x], [spec.OutputName]);
        g.Output(spec.OutputName, OnnxType.Float, "batch", "sequence", d);
        return g;
    }

    // Additive attention bias: 0 for real tokens, -10000 for padding, shaped [batch, 1, sequence].
    private static void AddMaskBias(OnnxGraphBuilder g)
    {
        g.Initializer("one", [1f]).Initializer("big", [10000f]).Initializer("axis1", new long[] { 1 }, 1);
        g.Node("Cast", ["attention_mask"], ["mask_f"], ("to", 1));
        g.Node("Sub", ["mask_f", "one"], ["mask_neg"]);
        g.Node("Mul", ["mask_neg", "big"], ["mask_bias2"]);
        g.Node("Unsqueeze", ["mask_bias2", "axis1"], ["mask_bias"]);
    }

    private static string AddLayer(OnnxGraphBuilder g, TestEncoderSpec spec, int layer, string x)
    {
        int d = spec.Dim;
        int f = spec.FeedForward;
        string p = $"l{layer}_";
        int seed = spec.Seed + (100 * (layer + 1));
        float scale = 1f / MathF.Sqrt(d);
        Weight(g, spec, p + "wq", Weights(seed, d * d, scale), d, d);
        Weight(g, spec, p + "wk", Weights(seed + 1, d * d, scale), d, d);
        Weight(g, spec, p + "wv", Weights(seed + 2, d * d, scale), d, d);
        if (!spec.DynamicQuantized)
        {
            Weight(g, spec, p + "w1", Weights(seed + 3, d * f, scale), d, f);
        }

        Weight(g, spec, p + "w2", Weights(seed + 4, f * d, 1f / MathF.Sqrt(f)), f, d);
        g.Initializer(p + "b1", Weights(seed + 5, f, 0.1f), f);
        g.Initializer(p + "scale", [scale]);
        g.Node("MatMul", [x, p + "wq"], [p + "q"]);
        g.Node("MatMul", [x, p + "wk"], [p + "k"]);
        g.Node("MatMul", [x, p + "wv"], [p + "v"]);
        g.Node("Transpose", [p + "k"], [p + "kt"], ("perm", new long[] { 0, 2, 1 }));
        g.Node("MatMul", [p + "q", p + "kt"], [p + "s"]);
        g.Node("Mul", [p + "s", p + "scale"], [p + "ss"]);
        g.Node("Add", [p + "ss", "mask_bias"], [p + "sm"]);
        g.Node("Softmax", [p + "sm"], [p + "a"], ("axis", -1));
        g.Node("MatMul", [p + "a", p + "v"], [p + "ctx"]);
        g.Node("Add", [x, p + "ctx"], [p + "r1"]);
        if (spec.DynamicQuantized)
        {
            AddDynamicQuantizedMatMul(g, p, p + "r1", Weights(seed + 3, d * f, scale), d, f, p + "h");
        }
        else
        {
            g.Node("MatMul", [p + "r1", p + "w1"], [p + "h"]);
        }

        g.Node("Add", [p + "h", p + "b1"], [p + "hb"]);
        g.Node("Relu", [p + "hb"], [p + "hr"]);
        g.Node("MatMul", [p + "hr", p + "w2"], [p + "ff"]);
        g.Node("Add", [p + "r1", p + "ff"], [p + "r2"]);
        g.Node("Tanh", [p + "r2"], [p + "out"]);
        return p + "out";
    }

    // x (float) -> uint8 with a dynamic scale; int8 weights with a fixed scale; int32 product rescaled to float.
    private static void AddDynamicQuantizedMatMul(OnnxGraphBuilder g, string p, string x, float[] w, long rows, long cols, string output)
    {
        float max = w.Max(MathF.Abs);
        float scale = max / 127f;
        var q = w.Select(v => (sbyte)Math.Clamp(MathF.Round(v / scale), -127, 127)).ToArray();
        g.Initializer(p + "wdq", q, rows, cols).Initializer(p + "wdq_scale", [scale]).Initializer(p + "wdq_zero", new sbyte[] { 0 });
        g.Node("DynamicQuantizeLinear", [x], [p + "xq", p + "xq_scale", p + "xq_zero"]);
        g.Node("MatMulInteger", [p + "xq", p + "wdq", p + "xq_zero", p + "wdq_zero"], [p + "mm_i32"]);
        g.Node("Cast", [p + "mm_i32"], [p + "mm_f"], ("to", 1));
        g.Node("Mul", [p + "xq_scale", p + "wdq_scale"], [p + "mm_scale"]);
        g.Node("Mul", [p + "mm_f", p + "mm_scale"], [output]);
    }

    // A weight matrix: float, or int8 with a per-tensor scale behind DequantizeLinear when the spec is quantized.
    private static void Weight(OnnxGraphBuilder g, TestEncoderSpec spec, string name, float[] values, long rows, long cols)
    {
        if (!spec.Quantized)
        {
            g.Initializer(name, values, rows, cols);
            return;
        }

        float max = values.Max(MathF.Abs);
        float scale = max > 0 ? max / 127f : 1f;
        var q = values.Select(v => (sbyte)Math.Clamp(MathF.Round(v / scale), -127, 127)).ToArray();
        g.Initializer(name + "_q", q, rows, cols).Initializer(name + "_scale", [scale]).Initializer(name + "_zero", new sbyte[] { 0 });
        g.Node("DequantizeLinear", [name + "_q", name + "_scale", name + "_zero"], [name]);
    }
}
