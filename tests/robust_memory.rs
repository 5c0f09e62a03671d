//! The limit on memory: a 100 MB draft analyses with peak memory under ten times its size.
//! Ignored in `cargo test` (it writes 100 MB and takes tens of seconds in a debug build); run it
//! with `cargo test --release --test robust_memory -- --ignored --nocapture`.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

/// Invented copy: a lede with a dateline, quotes with and without speakers, names in two
/// spellings, so that every part of the analysis has work to do.
const PARAGRAPHS: [&str; 5] = [
    "“We knew the levee was weak,” said Rita Alvarez, the county's public works director.",
    "Council member Tom Reyes said the county could not afford the work. “We have to balance the budget,” Reyes said.",
    "Alvarez said the repairs would cost about $4 million and take six months once work began.",
    "“Nobody answered.”",
    "Residents stacked sandbags along the bank since Friday, according to Sgt. Dana Whitfield; Whitfeld said more were coming.",
];

/// Peak resident memory of a process, polled from /proc while it runs (Linux).
fn peak_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
}

#[test]
#[ignore = "writes a 100 MB draft; run with --release --ignored to measure"]
fn a_100_mb_draft_peaks_under_ten_times_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.txt");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    file.write_all("Levee story\n\nFRESNO, Calif. — The county met.\n\n".as_bytes())
        .unwrap();
    let mut written = 0;
    let mut i = 0;
    while written < 100_000_000 {
        let paragraph = PARAGRAPHS[i % PARAGRAPHS.len()];
        file.write_all(paragraph.as_bytes()).unwrap();
        file.write_all(b"\n\n").unwrap();
        written += paragraph.len() + 2;
        i += 1;
    }
    file.flush().unwrap();
    drop(file);
    let size = std::fs::metadata(&path).unwrap().len();

    let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(["check", "--format", "json"])
        .arg(&path)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut peak = 0;
    loop {
        if let Some(kb) = peak_kb(child.id()) {
            peak = peak.max(kb);
        }
        if let Some(status) = child.try_wait().unwrap() {
            assert!(matches!(status.code(), Some(0 | 1)), "{status}");
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let peak_bytes = peak * 1024;
    println!(
        "draft {:.1} MB, peak resident {:.1} MB, {:.2}x its size",
        size as f64 / 1e6,
        peak_bytes as f64 / 1e6,
        peak_bytes as f64 / size as f64
    );
    assert!(peak_bytes < 10 * size, "peak {peak_bytes} bytes");
}
