//! Prints what the gold corpora hold and how well the Worldwide tokens align to the raw texts.

use annotator_tools::{corpora, shared_data};

fn main() -> std::io::Result<()> {
    let data = shared_data();
    for split in ["train", "dev"] {
        let articles = corpora::read_worldwide(&data.join("worldwide").join(split))?;
        let tokens: usize = articles.iter().flat_map(|a| &a.sentences).map(Vec::len).sum();
        let missed: usize = articles.iter().map(|a| a.unaligned).sum();
        println!(
            "worldwide/{split}: {} articles, {tokens} aligned tokens, {missed} unaligned",
            articles.len()
        );
    }
    for file in ["train.txt", "valid.txt"] {
        let docs = corpora::read_conll(&data.join("conll2003").join(file))?;
        let sentences: usize = docs.iter().map(|d| d.sentences.len()).sum();
        let entities: usize = docs
            .iter()
            .flat_map(|d| &d.sentences)
            .map(|s| corpora::iob_spans(s.iter().map(|t| t.tag.as_str())).len())
            .sum();
        println!("conll2003/{file}: {} docs, {sentences} sentences, {entities} entities", docs.len());
    }
    Ok(())
}
