using System.CommandLine;
using Quarry.Cli.Hosting;
using Quarry.Neural.Models;

namespace Quarry.Cli.Commands;

/// <summary>How texts become embeddings: pooling, normalization and prefixes (options of `quarry encode`).</summary>
internal sealed class EncodeEmbeddingOptions
{
    public Option<string?> Pooling { get; } = new("--pooling") { Description = "cls, mean or max (default: the model's 1_Pooling/config.json, else mean)" };

    public Option<bool?> Normalize { get; } = new("--normalize") { Description = "L2-normalize vectors: true or false (default: a Normalize module in modules.json)" };

    public Option<string> Preset { get; } = new("--prefix-preset") { Description = "Prefixes of a model family: none, e5 ('query: '/'passage: ') or bge (query instruction)", DefaultValueFactory = _ => "none" };

    public Option<string?> PassagePrefix { get; } = new("--passage-prefix") { Description = "Text put before every passage (overrides the preset)" };

    public Option<string?> QueryPrefix { get; } = new("--query-prefix") { Description = "Text put before every query (overrides the preset)" };

    public void AddTo(Command command)
    {
        Pooling.AcceptOnlyFromAmong("cls", "mean", "max");
        Preset.AcceptOnlyFromAmong("none", "e5", "bge");
        foreach (var option in new Option[] { Pooling, Normalize, Preset, PassagePrefix, QueryPrefix })
        {
            command.Options.Add(option);
        }
    }

    public BiEncoderOptions Apply(ParseResult result, BiEncoderOptions options)
    {
        var (query, passage) = result.GetValue(Preset) switch
        {
            "e5" => (BiEncoderOptions.E5QueryPrefix, BiEncoderOptions.E5PassagePrefix),
            "bge" => (BiEncoderOptions.BgeQueryInstruction, ""),
            _ => ("", ""),
        };
        return options with
        {
            Pooling = result.GetValue(Pooling) switch
            {
                null => null,
                "cls" => PoolingMode.Cls,
                "max" => PoolingMode.Max,
                "mean" => PoolingMode.Mean,
                var other => throw new UsageException($"--pooling {other}: expected cls, mean or max"),
            },
            Normalize = result.GetValue(Normalize),
            QueryPrefix = result.GetValue(QueryPrefix) ?? query,
            PassagePrefix = result.GetValue(PassagePrefix) ?? passage,
        };
    }
}
