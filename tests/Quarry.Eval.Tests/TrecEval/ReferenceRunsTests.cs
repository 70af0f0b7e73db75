using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Eval.Tests.TrecEval;

/// <summary>Every TREC DL run shipped with the test data reproduces trec_eval 9.0.8's reference output, block by block.</summary>
public sealed class ReferenceRunsTests
{
    [Theory]
    [InlineData("dl19")]
    [InlineData("dl20")]
    public void DlRuns_EveryReferenceInvocation_MatchesV908ByteForByte(string year)
    {
        string qrels = SharedData.Path($"{year}/qrels.{year}-passage.txt");
        var blocks = ReferenceFile.Blocks(SharedData.Path($"{year}/runs/trec_eval-v9.0.8-reference.{year}.txt"), out var runs);
        Assert.True(blocks.Count >= 24, $"expected at least 4 invocations for each of 6 runs, found {blocks.Count}");
        for (int i = 0; i < blocks.Count; i++)
        {
            string run = SharedData.Path($"{year}/runs/{runs[i]}.txt.gz");
            string actual = TrecCommand.Run(blocks[i].Command, qrels, run);
            Assert.True(blocks[i].Output == actual, $"{runs[i]} `{blocks[i].Command}` differs:\nexpected:\n{blocks[i].Output}\nactual:\n{actual}");
        }
    }

    [Theory]
    [InlineData("dl19")]
    [InlineData("dl20")]
    public void Bm25PerQueryReference_QcFourMeasures_MatchesByteForByte(string year)
    {
        string qrels = SharedData.Path($"{year}/qrels.{year}-passage.txt");
        string run = SharedData.Path($"{year}/runs/rank_llm.BM25.trec_results_{year}.top100.txt.gz");
        string expected = File.ReadAllText(SharedData.Path($"{year}/runs/trec_eval-reference.{year}.BM25.per-query.txt"));

        string actual = TrecCommand.Run("-q -c -m ndcg_cut.10 -m recip_rank -m map -m num_rel_ret", qrels, run);

        Assert.Equal(expected, actual);
    }
}
