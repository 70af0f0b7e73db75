using System.Diagnostics;
using Microsoft.ML.Tokenizers;
using Quarry.Data.Collection;
using Quarry.Neural.Tokenization;

namespace Quarry.Bench.Neural;

/// <summary>Single-thread WordPiece throughput: Quarry's tokenizer against Microsoft.ML.Tokenizers' BertTokenizer on real passages.</summary>
internal static class TokenizationBench
{
    public static void Run(BenchOptions options)
    {
        var texts = CollectionReader.Read(options.Passages).Select(p => p.Text).ToList();
        var quarry = TokenizerFiles.Load(options.Vocab);
        var peer = BertTokenizer.Create(options.Vocab, new BertOptions { LowerCaseBeforeTokenization = true });

        int agree = 0;
        long tokens = 0;
        foreach (string t in texts)
        {
            int[] ours = quarry.Encode(t, int.MaxValue);
            tokens += ours.Length;
            if (ours.AsSpan().SequenceEqual(peer.EncodeToIds(t).ToArray()))
            {
                agree++;
            }
        }

        double quarryBest = Best(() => { foreach (string t in texts) { quarry.Encode(t, int.MaxValue); } });
        double peerBest = Best(() => { foreach (string t in texts) { peer.EncodeToIds(t); } });
        Console.WriteLine($"tokenize: {texts.Count} passages, {tokens} tokens (with [CLS]/[SEP]), 1 thread, best of 5");
        Console.WriteLine($"  quarry WordPieceTokenizer      {tokens / quarryBest / 1e6:F2} M tokens/s  ({quarryBest:F3} s)");
        Console.WriteLine($"  Microsoft.ML.Tokenizers 2.0.1  {tokens / peerBest / 1e6:F2} M tokens/s  ({peerBest:F3} s)");
        Console.WriteLine($"  ratio quarry/peer {peerBest / quarryBest:F2}x; peer ids identical to quarry's (= Hugging Face's) on {agree}/{texts.Count} passages");
    }

    private static double Best(Action work)
    {
        work();
        double best = double.MaxValue;
        for (int i = 0; i < 5; i++)
        {
            var sw = Stopwatch.StartNew();
            work();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }

        return best;
    }
}
