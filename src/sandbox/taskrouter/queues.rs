//! Task queues: list (by name, or the queues a worker or a set of worker attributes is
//! eligible for) and fetch. Their statistics live in `stats.rs`.

use serde_json::Value;

use super::{expr, model, name_matches, need_ws, ws_path, Req};
use crate::sandbox::http::{ok, page_v1, ApiError, ApiResult, Query};

pub async fn list(Req { st, c, p: _, ws }: Req, Query(q): Query) -> ApiResult {
    let worker_sid = q.sid("WorkerSid", "WK")?.map(String::from);
    let given_attrs: Option<Value> = match q.json_object("EvaluateWorkerAttributes")? {
        Some(s) => serde_json::from_str(&s).ok(),
        None => None,
    };
    st.read_tx(|tx, _| {
        need_ws(tx, &ws)?;
        let worker_attrs = match &worker_sid {
            Some(w) => Some(
                model::worker(tx, &ws, w)?
                    .ok_or_else(|| ApiError::invalid("WorkerSid", format!("no worker {w}")))?
                    .expr_attrs(),
            ),
            None => None,
        };
        let eligible = |target: &str, attrs: &Option<Value>| match attrs {
            None => true,
            Some(a) => expr::parse(target).is_ok_and(|e| e.eval(a)),
        };
        let items = model::queues(tx, &ws)?
            .iter()
            .filter(|x| name_matches(q.get("FriendlyName"), &x.friendly_name))
            .filter(|x| eligible(&x.target_workers, &worker_attrs))
            .filter(|x| eligible(&x.target_workers, &given_attrs))
            .map(|x| c.queue(x))
            .collect();
        let path = ws_path(&ws, "/TaskQueues");
        Ok(ok(page_v1("task_queues", &c.origin, &path, &q, items)?))
    })
}

pub async fn fetch(Req { st, c, p, ws }: Req) -> ApiResult {
    let sid = p.sid(1, "Sid", "WQ")?;
    st.read_tx(|tx, _| {
        need_ws(tx, &ws)?;
        match model::queue(tx, &ws, &sid)? {
            Some(x) => Ok(ok(c.queue(&x))),
            None => Err(ApiError::not_found(&ws_path(
                &ws,
                &format!("/TaskQueues/{sid}"),
            ))),
        }
    })
}
