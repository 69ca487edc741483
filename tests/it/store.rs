//! Several writers on one sandbox database lose nothing.

use flexctl::sandbox::{clock, store::StoreError, AppState};
use rusqlite::params;

#[test]
fn eight_writers_with_their_own_connections_lose_no_write() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shared.db");
    drop(AppState::open(&db).unwrap());
    let threads: Vec<_> = (0..8)
        .map(|_| {
            let db = db.clone();
            std::thread::spawn(move || {
                // A separate AppState per thread: its own pool of connections, as another
                // process would have.
                let state = AppState::open(&db).unwrap();
                for _ in 0..25 {
                    state
                        .store()
                        .write(|tx| {
                            let n: i64 = tx
                                .query_row(
                                    "SELECT COALESCE((SELECT value FROM meta WHERE key = 'n'), '0')",
                                    [],
                                    |r| r.get::<_, String>(0),
                                )?
                                .parse()
                                .unwrap_or(0);
                            tx.execute(
                                "INSERT OR REPLACE INTO meta (key, value) VALUES ('n', ?1)",
                                params![(n + 1).to_string()],
                            )?;
                            clock::advance(tx, 1)?;
                            Ok::<_, StoreError>(())
                        })
                        .unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let state = AppState::open(&db).unwrap();
    let (n, offset) = state
        .store()
        .read(|tx| {
            let n: String =
                tx.query_row("SELECT value FROM meta WHERE key = 'n'", [], |r| r.get(0))?;
            Ok::<_, StoreError>((n, clock::state(tx)?.offset_ms))
        })
        .unwrap();
    assert_eq!(n, "200");
    assert_eq!(offset, 200);
}
