namespace Quarry.Data.Catalog;

/// <summary>
/// The built-in entries. URLs, sizes and MD5s are those ir_datasets publishes (its `etc/downloads.json`);
/// the TREC DL qrels sizes and MD5s also match the files Anserini ships.
/// </summary>
internal static class BuiltInDatasets
{
    private const string MsMarco = "https://msmarco.z22.web.core.windows.net/msmarcoranking/";
    private const string Nist = "https://trec.nist.gov/data/deep/";
    private const string Beir = "https://public.ukp.informatik.tu-darmstadt.de/thakur/BEIR/datasets/";
    private const string Glasgow = "http://ir.dcs.gla.ac.uk/resources/test_collections/";

    /// <summary>The storage behind MS MARCO answers range requests reliably only with a recent API version.</summary>
    private static readonly Dictionary<string, string> AzureHeaders = new() { ["X-Ms-Version"] = "2019-12-12" };

    public static IReadOnlyList<Dataset> All { get; } =
    [
        Set("msmarco-passage", "MS MARCO passage v1: collection.tsv (8,841,823 passages), queries train/dev/eval, qrels train/dev (tar.gz)",
            Azure("collectionandqueries.tar.gz", 1057717952, "31644046b18952c1386cd4564ba2ae69")),
        Set("msmarco-passage-queries", "MS MARCO passage queries train/dev/eval, qid<TAB>text (tar.gz)",
            Azure("queries.tar.gz", 18882551, "c177b2795d5f2dcc524cf00fcd973be1")),
        Set("msmarco-passage-qrels", "MS MARCO passage qrels train and dev, 'qid 0 pid 1'",
            Azure("qrels.train.tsv", 10589532, "733fb9fe12d93e497f7289409316eccf"),
            Azure("qrels.dev.tsv", 1201626, "9157ccaeaa8227f91722ba5770787b16")),
        Set("msmarco-passage-top1000-dev", "MS MARCO dev BM25 candidates, qid<TAB>pid<TAB>query<TAB>passage (tar.gz)",
            Azure("top1000.dev.tar.gz", 687414398, "8c140662bdf123a98fbfe3bb174c5831")),
        Set("msmarco-passage-triples-small", "MS MARCO training triples of texts, query<TAB>positive<TAB>negative (tar.gz)",
            Azure("triples.train.small.tar.gz", 7930881353, "c13bf99ff23ca691105ad12eab837f84")),
        Set("msmarco-passage-qidpidtriples", "MS MARCO training triples of ids, qid<TAB>pos_pid<TAB>neg_pid (gz)",
            Azure("qidpidtriples.train.full.tsv.gz", 2633557579, "215a5204288820672f5e9451d9e202c5")),
        Set("msmarco-passage-qidpidtriples-v2", "MS MARCO training triples of ids, second release (gz)",
            Azure("qidpidtriples.train.full.2.tsv.gz", 1841693309, "219083e80a0a751c08b968c2f31a4e0b")),
        Set("trec-dl-2019", "TREC DL 2019 passage: graded qrels 0-3 for 43 queries and the 200 test queries (tsv.gz)",
            File(Nist + "2019qrels-pass.txt", 187092, "2f4be390198da108f6845c822e5ada14"),
            Azure("msmarco-test2019-queries.tsv.gz", 4276, "eda71eccbe4d251af83150abe065368c")),
        Set("trec-dl-2019-top1000", "TREC DL 2019 passage BM25 candidates, top1000 format (gz)",
            Azure("msmarco-passagetest2019-top1000.tsv.gz", 26634062, "ec9e012746aa9763c7ff10b3336a3ce1")),
        Set("trec-dl-2020", "TREC DL 2020 passage: graded qrels 0-3 for 54 queries and the 200 test queries (tsv.gz)",
            File(Nist + "2020qrels-pass.txt", 218617, "0355ccee7509ac0463e8278186cdd8d1"),
            Azure("msmarco-test2020-queries.tsv.gz", 4131, "00a406fb0d14ed3752d70d1e4eb98600")),
        Set("trec-dl-2020-top1000", "TREC DL 2020 passage BM25 candidates, top1000 format (gz)",
            Azure("msmarco-passagetest2020-top1000.tsv.gz", 26230218, "aa6fbc51d66bd1dc745964c0e140a727")),
        Set("beir-scifact", "BEIR SciFact: corpus.jsonl, queries.jsonl, qrels/{train,test}.tsv (zip)", File(Beir + "scifact.zip", 2816079, "5f7d1de60b170fc8027bb7898e2efca1")),
        Set("beir-nfcorpus", "BEIR NFCorpus (zip)", File(Beir + "nfcorpus.zip", 2448432, "a89dba18a62ef92f7d323ec890a0d38d")),
        Set("beir-arguana", "BEIR ArguAna (zip)", File(Beir + "arguana.zip", 3773617, "8ad3e3c2a5867cdced806d6503f29b99")),
        Set("beir-fiqa", "BEIR FiQA-2018 (zip)", File(Beir + "fiqa.zip", 17948027, "17918ed23cd04fb15047f73e6c3bd9d9")),
        Set("beir-trec-covid", "BEIR TREC-COVID (zip)", File(Beir + "trec-covid.zip", 73876720, "ce62140cb23feb9becf6270d0d1fe6d1")),
        Set("vaswani", "NPL (Vaswani) test collection, 11,429 documents and 93 queries (tar.gz)", File(Glasgow + "npl/npl.tar.gz", 2125168, "23e5607081191b153738e81fbd834680")),
        Set("cranfield", "Cranfield test collection, 1,400 documents and 225 queries (tar.gz)", File(Glasgow + "cran/cran.tar.gz", 506960, "1730f7be572d95a5a4b56c59a7b900a5")),
    ];

    private static Dataset Set(string name, string description, params DatasetFile[] files) =>
        new() { Name = name, Description = description, Files = files };

    private static DatasetFile Azure(string fileName, long size, string md5) =>
        new() { FileName = fileName, Url = MsMarco + fileName, Size = size, Md5 = md5, Headers = AzureHeaders };

    private static DatasetFile File(string url, long size, string md5) =>
        new() { FileName = url[(url.LastIndexOf('/') + 1)..], Url = url, Size = size, Md5 = md5 };
}
