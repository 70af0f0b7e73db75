using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Eval.Tests.TrecEval;

/// <summary>trec_eval's own regression cases (its test/ folder) must print exactly what trec_eval 9.0.8 printed.</summary>
public sealed class TrecEvalTestSuiteTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "", "qrels.test", "results.test", "out.test" },
        { "", "qrels.test.with-comments", "results.test", "out.test" },
        { "", "qrels.comment.test", "results.comment.test.gz", "out.comment.test" },
        { "-m all_trec", "qrels.test", "results.test", "out.test.a" },
        { "-m all_trec -q", "qrels.test", "results.test", "out.test.aq" },
        { "-m all_trec -q -c", "qrels.test", "results.trunc", "out.test.aqc" },
        { "-m all_trec -q -c -M100", "qrels.test", "results.trunc", "out.test.aqcM" },
        { "-m all_trec -mrelstring.20 -q -l2", "qrels.rel_level", "results.test", "out.test.aql" },
        {
            "-q -miprec_at_recall..10,.20,.25,.75,.50 -m P.5,7,3 -m recall.20,2000 -m Rprec_mult.5.0,0.2,0.35 -mutility.2,-1,0,0 " +
            "-m 11pt_avg..25,.5,.75 -mndcg.1=3,2=9,4=4.5 -mndcg_cut.10,20,23.4 -msuccess.2,5,20",
            "qrels.test", "results.test", "out.test.meas_params"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TrecEvalCase_StandardFormats_MatchesV908ByteForByte(string flags, string qrels, string run, string expected)
    {
        string dir = "trec_eval-tests/";
        string expectedPath = Path.Combine(SharedData.Path(dir + "expected-v9.0.8"), expected);
        if (!File.Exists(expectedPath))
        {
            expectedPath = SharedData.Path(dir + "expected-v10.0/" + expected); // comment cases exist only for 10.0, whose output 9.0.8 shares
        }

        string actual = TrecCommand.Run(flags, SharedData.Path(dir + qrels), SharedData.Path(dir + run));

        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }
}
