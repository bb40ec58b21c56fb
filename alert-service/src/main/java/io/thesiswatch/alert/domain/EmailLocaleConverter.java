package io.thesiswatch.alert.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class EmailLocaleConverter implements AttributeConverter<EmailLocale, String> {

    @Override
    public String convertToDatabaseColumn(EmailLocale locale) {
        return locale == null ? null : locale.tag();
    }

    @Override
    public EmailLocale convertToEntityAttribute(String tag) {
        return tag == null ? null : EmailLocale.fromTag(tag);
    }
}
