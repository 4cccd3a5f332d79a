package org.tarjima.support;

import java.io.ByteArrayInputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/** The official OASIS XLIFF schemas (shipped in test resources) as validators. */
public final class XliffSchemas {

    public static final String XLIFF12_STRICT = "/schemas/xliff12/xliff-core-1.2-strict.xsd";
    public static final String XLIFF12_TRANSITIONAL = "/schemas/xliff12/xliff-core-1.2-transitional.xsd";
    public static final String XLIFF20_CORE = "/schemas/xliff20/xliff_core_2.0.xsd";

    private XliffSchemas() {
    }

    /** @throws AssertionError with the schema's complaint when the file is not valid */
    public static void validate(String schemaResource, byte[] file) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // The schemas import their local xml.xsd; nothing else may be fetched.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            URL schemaUrl = XliffSchemas.class.getResource(schemaResource);
            Schema schema = factory.newSchema(schemaUrl);
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(file)));
        } catch (SAXException | java.io.IOException e) {
            throw new AssertionError("not valid against " + schemaResource + ": " + e.getMessage(), e);
        }
    }
}
