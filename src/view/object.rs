//! Items as lazy minijinja objects: each [`ItemView`] is shared by several lists of the
//! view, and a template converts only the fields it reads. The JSON export serialises the
//! same items as plain maps. Split from the view for size; see the `view` module docs.

use super::ItemView;
use minijinja::value::{Enumerator, Object, ObjectRepr, Value};
use serde::{Serialize, Serializer};
use std::sync::Arc;

/// Serialises a list of shared items: as the items themselves (JSON), or, when minijinja is
/// converting the view for a template, as one [`ItemList`] whose items are lazy
/// [`Object`]s, so an item listed in several places is neither copied nor converted more
/// than once, and a list costs minijinja one value rather than one per item.
pub(super) fn shared_items<S: Serializer>(
    items: &[Arc<ItemView>],
    s: S,
) -> Result<S::Ok, S::Error> {
    if minijinja::value::serializing_for_value() {
        Value::from_object(ItemList(items.to_vec())).serialize(s)
    } else {
        s.collect_seq(items.iter().map(|i| &**i))
    }
}

/// A list of items as a template sees it: the sequence minijinja makes of a `Vec` (same
/// representation, indexing and enumeration), holding each item as its lazy object.
#[derive(Debug)]
struct ItemList(Vec<Arc<ItemView>>);

impl Object for ItemList {
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Seq
    }

    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        let item = self.0.get(key.as_usize()?)?;
        Some(Value::from_dyn_object(Arc::clone(item)))
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Seq(self.0.len())
    }
}

/// The fields of [`ItemView`] in declaration order: what serde would produce.
const ITEM_FIELDS: &[&str] = &[
    "id",
    "kind",
    "text",
    "original",
    "paraphrase",
    "speaker",
    "note",
    "tags",
    "section",
    "citation",
    "outlet",
    "provenance",
    "corroborated_by",
    "confirmed_by",
    "conflicts",
];

/// An item as a template sees it: the same map serde would make (same keys in the same
/// order, same values), but each field is converted only when the template reads it.
impl Object for ItemView {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        self.get_value_by_str(key.as_str()?)
    }

    fn get_value_by_str(self: &Arc<Self>, key: &str) -> Option<Value> {
        Some(match key {
            "id" => Value::from(self.id),
            "kind" => Value::from(self.kind),
            "text" => Value::from(self.text.as_str()),
            "original" => Value::from(self.original.as_str()),
            "paraphrase" => serde(&self.paraphrase),
            "speaker" => serde(&self.speaker),
            "note" => serde(&self.note),
            "tags" => serde(&self.tags),
            "section" => Value::from(self.section.as_str()),
            "citation" => serde(&self.citation),
            "outlet" => Value::from(self.outlet.as_str()),
            "provenance" => serde(&self.provenance),
            "corroborated_by" => serde(&self.corroborated_by),
            "confirmed_by" => serde(&self.confirmed_by),
            "conflicts" => serde(&self.conflicts),
            _ => return None,
        })
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(ITEM_FIELDS)
    }

    fn enumerator_len(self: &Arc<Self>) -> Option<usize> {
        Some(ITEM_FIELDS.len())
    }
}

/// A value converted through serde, exactly as minijinja converts a whole context.
fn serde(value: &impl Serialize) -> Value {
    Value::from(minijinja::value::Serde(value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::ProvenanceView;

    fn item(paraphrase: Option<&str>, speaker: Option<&str>) -> Arc<ItemView> {
        Arc::new(ItemView {
            id: 7,
            kind: "quote",
            text: "We will *rebuild*".into(),
            original: "We will *rebuild*".into(),
            paraphrase: paraphrase.map(str::to_owned),
            speaker: speaker.map(str::to_owned),
            note: None,
            tags: vec!["a".into(), "b".into()],
            section: "Quotes".into(),
            citation: 3,
            outlet: "Yonhap".into(),
            provenance: ProvenanceView {
                source: 2,
                start: 10,
                end: 27,
                sentence: Some(1),
                source_line: 4,
                text: "We will *rebuild*".into(),
            },
            corroborated_by: vec![crate::view::CorroborationView {
                outlet: "AFP".into(),
                source: 4,
                text: "We shall rebuild".into(),
                speaker: speaker.map(str::to_owned),
                score: 0.5,
            }],
            confirmed_by: vec!["AFP".into()],
            conflicts: Vec::new(),
        })
    }

    #[test]
    fn a_lazy_item_is_the_map_serde_would_make() {
        for item in [item(None, Some("Lee")), item(Some("rewording"), None)] {
            let lazy = Value::from_dyn_object(Arc::clone(&item));
            let plain = Value::from(minijinja::value::Serde(&*item));
            assert_eq!(lazy.to_string(), plain.to_string());
            assert_eq!(lazy.kind(), plain.kind());
            assert_eq!(lazy.len(), plain.len());
            assert_eq!(lazy, plain);
            let keys: Vec<Value> = lazy.try_iter().unwrap().collect();
            let plain_keys: Vec<Value> = plain.try_iter().unwrap().collect();
            assert_eq!(keys, plain_keys);
            for key in keys {
                let (a, b) = (lazy.get_item(&key).unwrap(), plain.get_item(&key).unwrap());
                assert_eq!(
                    (a.kind(), a.to_string()),
                    (b.kind(), b.to_string()),
                    "{key}"
                );
            }
            assert!(lazy.get_attr("missing").unwrap().is_undefined());
        }
    }

    #[test]
    fn a_list_of_lazy_items_is_the_list_serde_would_make() {
        let items = vec![item(None, Some("Lee")), item(Some("rewording"), None)];
        let lazy = Value::from_object(ItemList(items.clone()));
        let plain: Vec<&ItemView> = items.iter().map(|i| &**i).collect();
        let plain = Value::from(minijinja::value::Serde(&plain));
        assert_eq!(lazy.to_string(), plain.to_string());
        assert_eq!((lazy.kind(), lazy.len()), (plain.kind(), plain.len()));
        assert_eq!(lazy, plain);
        let mut env = minijinja::Environment::new();
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        let probe = "{{ xs[-1].speaker }}|{{ xs[1:]|map(attribute='text')|list }}|\
                     {% for x in xs %}{{ loop.revindex }}{{ x.paraphrase }};{% endfor %}|\
                     {{ (xs|reverse|first).id }}|{{ xs|selectattr('speaker')|list|length }}|\
                     {{ xs[5] is undefined }}|{{ xs is sequence }}|{{ xs }}";
        let render = |xs: &Value| env.render_str(probe, minijinja::context! { xs }).unwrap();
        assert_eq!(render(&lazy), render(&plain));
    }
}
