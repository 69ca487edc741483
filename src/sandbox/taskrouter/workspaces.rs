//! Read-only workspace configuration: workspaces, their activities and their workflows.

use axum::extract::State;

use super::{ctx, model, name_matches, need_ws, ws_path, Req};
use crate::sandbox::http::{ok, page_v1, ApiError, ApiResult, Origin, Query};
use crate::sandbox::AppState;

pub async fn list(State(st): State<AppState>, Origin(o): Origin, Query(q): Query) -> ApiResult {
    let c = ctx(&st, o);
    st.read_tx(|tx, _| {
        let name = q.get("FriendlyName");
        let items = model::workspaces(tx)?
            .iter()
            .filter(|w| name_matches(name, &w.friendly_name))
            .map(|w| c.workspace(w))
            .collect();
        Ok(ok(page_v1(
            "workspaces",
            &c.origin,
            "/v1/Workspaces",
            &q,
            items,
        )?))
    })
}

pub async fn fetch(Req { st, c, p: _, ws }: Req) -> ApiResult {
    st.read_tx(|tx, _| Ok(ok(c.workspace(&need_ws(tx, &ws)?))))
}

pub async fn list_activities(Req { st, c, p: _, ws }: Req, Query(q): Query) -> ApiResult {
    let available = q.bool_loose("Available")?;
    st.read_tx(|tx, _| {
        need_ws(tx, &ws)?;
        let name = q.get("FriendlyName");
        let items = model::activities(tx, &ws)?
            .iter()
            .filter(|a| name_matches(name, &a.friendly_name))
            .filter(|a| available.is_none_or(|v| v == a.available))
            .map(|a| c.activity(a))
            .collect();
        let path = ws_path(&ws, "/Activities");
        Ok(ok(page_v1("activities", &c.origin, &path, &q, items)?))
    })
}

pub async fn fetch_activity(Req { st, c, p, ws }: Req) -> ApiResult {
    let sid = p.sid(1, "Sid", "WA")?;
    st.read_tx(|tx, _| {
        need_ws(tx, &ws)?;
        let found = model::activities(tx, &ws)?
            .into_iter()
            .find(|a| a.sid == sid);
        match found {
            Some(a) => Ok(ok(c.activity(&a))),
            None => Err(ApiError::not_found(&ws_path(
                &ws,
                &format!("/Activities/{sid}"),
            ))),
        }
    })
}

pub async fn list_workflows(Req { st, c, p: _, ws }: Req, Query(q): Query) -> ApiResult {
    st.read_tx(|tx, _| {
        need_ws(tx, &ws)?;
        let name = q.get("FriendlyName");
        let items = model::workflows(tx, &ws)?
            .iter()
            .filter(|w| name_matches(name, &w.friendly_name))
            .map(|w| c.workflow(w))
            .collect();
        let path = ws_path(&ws, "/Workflows");
        Ok(ok(page_v1("workflows", &c.origin, &path, &q, items)?))
    })
}

pub async fn fetch_workflow(Req { st, c, p, ws }: Req) -> ApiResult {
    let sid = p.sid(1, "Sid", "WW")?;
    st.read_tx(|tx, _| {
        need_ws(tx, &ws)?;
        match model::workflow(tx, &ws, &sid)? {
            Some(w) => Ok(ok(c.workflow(&w))),
            None => Err(ApiError::not_found(&ws_path(
                &ws,
                &format!("/Workflows/{sid}"),
            ))),
        }
    })
}
