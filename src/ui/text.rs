//! A message ([`Msg`]) renders in a view, as a child or an attribute, as the text it stands for in
//! the language in use, so a screen writes `{text::nav::TODAY}` as it did when that was a `&str`.

use leptos::prelude::{IntoAttributeValue, IntoRender};

use crate::text::Msg;

impl IntoRender for Msg {
    type Output = &'static str;

    fn into_render(self) -> &'static str {
        self.get()
    }
}

impl IntoAttributeValue for Msg {
    type Output = &'static str;

    fn into_attribute_value(self) -> &'static str {
        self.get()
    }
}
