using Quarry.Eval.Input;
using Quarry.Eval.TrecEval;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Eval.Tests.TrecEval;

/// <summary>Reading while evaluating must give what evaluating a whole loaded run gives, whatever the line order.</summary>
public sealed class StreamingTests
{
    [Fact]
    public void EvaluateFile_ShuffledInterleavedRun_SameOutputAsTrecEvalExpected()
    {
        using var dir = new TempDir();
        string shuffled = dir.File("results.shuffled");
        var lines = File.ReadAllLines(SharedData.Path("trec_eval-tests/results.test"));
        var random = new Random(3);
        random.Shuffle(lines);
        File.WriteAllLines(shuffled, lines);

        string actual = TrecCommand.Run("-m all_trec -q", SharedData.Path("trec_eval-tests/qrels.test"), shuffled);

        Assert.Equal(File.ReadAllText(SharedData.Path("trec_eval-tests/expected-v9.0.8/out.test.aq")), actual);
    }

    [Fact]
    public void EvaluateFile_AllTrecOnDlRun_EqualsLoadedRunEvaluation()
    {
        string qrels = SharedData.Path("dl20/qrels.dl20-passage.txt");
        string run = SharedData.Path("dl20/runs/rank_llm.REP_LLAMA.trec_results_dl20.top1000.txt.gz");
        var judgments = Judgments.Load(qrels);
        var selection = MeasureSelection.Parse(["all_trec", "RR@10", "Judged@10"]);
        var options = new TrecEvalOptions { PerQuery = true, Complete = true };

        var streamed = TrecEvaluator.EvaluateFile(judgments, run, selection, options);
        var loaded = TrecEvaluator.Evaluate(judgments, RunTable.Load(run), selection, options);

        Assert.Equal(loaded.Summary, streamed.Summary);
        Assert.Equal(loaded.Queries.Select(q => q.QueryId), streamed.Queries.Select(q => q.QueryId));
        Assert.Equal(loaded.Queries.SelectMany(q => q.Values), streamed.Queries.SelectMany(q => q.Values));
    }

    [Fact]
    public void EvaluateFile_DuplicateAcrossInterleavedBlocks_IsStillRefused()
    {
        using var dir = new TempDir();
        string run = dir.File("run.txt");
        File.WriteAllText(run, "301 Q0 A 1 3 t\n302 Q0 B 1 3 t\n301 Q0 A 2 2 t\n");

        var ex = Assert.Throws<Quarry.Data.IO.InputFormatException>(() =>
            TrecEvaluator.EvaluateFile(Judgments.Load(SharedData.Path("trec_eval-tests/qrels.test")), run, MeasureSelection.Official, new TrecEvalOptions()));

        Assert.Equal(3, ex.Line);
    }
}
