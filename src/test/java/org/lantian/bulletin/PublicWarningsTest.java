package org.lantian.bulletin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lantian.testing.LantianInfrastructure;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * A county warning in 大宁县 (141030, used by no other warning test) issued YELLOW, raised to ORANGE and lifted by the
 * duty officer through the real API; the public bulletin — no sign-in — shows it as JSON, as three CAP 1.2 messages
 * (Alert, Update, Cancel, each valid against the official OASIS schema and each referring to the one before) and in
 * the Atom feed.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class PublicWarningsTest {

    static final String COUNTY = "141030";
    static final String SENDER = "lantian.linfen.example";
    static final List<String> YELLOW_MEASURES_ZH = List.of(
            "停止土石方作业（开挖、回填、场内倒运、掺拌石灰）",
            "停止建筑拆除作业",
            "停止室外喷涂、粉刷作业",
            "涉及大宗物料运输的企业停止使用国四及以下重型柴油货车运输",
            "渣土车、砂石车等停止上路");
    static final List<String> ORANGE_EXTRA_ZH = List.of("机动车单双号限行", "错峰上下班");

    /** What this class issued and has not lifted yet, with its version: lifted after all so that nothing stays in force. */
    private static String open;
    private static int openVersion;

    static ValidatableResponse asDuty(String path, String body) {
        return given().auth().preemptive().basic("duty", "duty").contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    @AfterAll
    static void liftWhatIsLeft() {
        if (open != null) {
            asDuty("/api/warnings/" + open + "/lift", """
                    {"version": %d, "reason": "测试结束", "overrideReason": "test clean-up"}""".formatted(openVersion));
        }
    }

    static String cap(String warningId, int version) {
        String xml = given().accept("application/cap+xml").get("/api/public/warnings/" + warningId + "/cap?version=" + version)
                .then().statusCode(200).contentType(containsCap()).extract().asString();
        CapSchema.validate(xml);
        return xml;
    }

    private static org.hamcrest.Matcher<String> containsCap() {
        return org.hamcrest.Matchers.startsWith("application/cap+xml");
    }

    @Test
    void issueAdjustLiftAreAlertUpdateCancelForEveryone() {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(2);
        String id = asDuty("/api/warnings", """
                {"regionCode": "%s", "level": "YELLOW", "reason": "县级提级响应（公告测试）"}""".formatted(COUNTY))
                .statusCode(200).body("version", equalTo(1)).extract().path("id");
        open = id;
        openVersion = 1;

        // JSON, no credentials
        JsonPath json = given().get("/api/public/warnings").then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        Map<String, Object> w = json.getMap("warnings.find { it.warningId == '" + id + "' }");
        assertThat(w).as("the issued warning is published").isNotNull();
        assertThat(w.get("regionCode")).isEqualTo(COUNTY);
        assertThat(json.getString("warnings.find { it.warningId == '" + id + "' }.regionName.zh")).isEqualTo("大宁县");
        assertThat(json.getString("warnings.find { it.warningId == '" + id + "' }.regionName.en")).isEqualTo("Daning County");
        assertThat(w.get("level")).isEqualTo("YELLOW");
        assertThat(w.get("version")).isEqualTo(1);
        assertThat(json.getString("warnings.find { it.warningId == '" + id + "' }.headline.zh")).isEqualTo("大宁县发布空气重污染黄色预警");
        assertThat(json.getList("warnings.find { it.warningId == '" + id + "' }.measures.zh", String.class))
                .containsExactlyElementsOf(YELLOW_MEASURES_ZH);
        assertThat(OffsetDateTime.parse(json.getString("warnings.find { it.warningId == '" + id + "' }.since"))).isAfter(before);
        assertThat(json.getString("regions.find { it.regionCode == '" + COUNTY + "' }.level")).isEqualTo("YELLOW");
        assertThat(json.getString("regions.find { it.regionCode == '" + COUNTY + "' }.warningId")).isEqualTo(id);
        assertThat(json.getString("regions[0].regionCode")).as("the city first").isEqualTo("141000");
        assertThat(json.getList("regions")).hasSize(18);

        String alert = cap(id, 1);
        Element a = CapSchema.parse(alert).getDocumentElement();
        assertThat(CapSchema.text(a, "identifier")).isEqualTo(id + ".v1");
        assertThat(CapSchema.text(a, "sender")).isEqualTo(SENDER);
        assertThat(CapSchema.text(a, "status")).isEqualTo("Actual");
        assertThat(CapSchema.text(a, "msgType")).isEqualTo("Alert");
        assertThat(CapSchema.text(a, "scope")).isEqualTo("Public");
        assertThat(CapSchema.text(a, "references")).isNull();
        List<Element> infos = CapSchema.children(a, CapSchema.CAP, "info");
        assertThat(infos).extracting(i -> CapSchema.text(i, "language")).containsExactly("zh-CN", "en");
        for (Element info : infos) {
            assertThat(CapSchema.text(info, "category")).isEqualTo("Env");
            assertThat(CapSchema.text(info, "severity")).isEqualTo("Moderate");
            assertThat(CapSchema.text(info, "urgency")).isEqualTo("Immediate");
            assertThat(CapSchema.text(info, "certainty")).isEqualTo("Likely");
            assertThat(CapSchema.text(info, "valueName")).isEqualTo("GB/T 2260");
            assertThat(CapSchema.text(info, "value")).isEqualTo(COUNTY);
            assertThat(OffsetDateTime.parse(CapSchema.text(info, "expires")))
                    .isEqualTo(OffsetDateTime.parse(CapSchema.text(info, "effective")).plusDays(7));
        }
        assertThat(CapSchema.text(infos.get(0), "areaDesc")).isEqualTo("大宁县");
        assertThat(CapSchema.text(infos.get(1), "areaDesc")).isEqualTo("Daning County");
        assertThat(CapSchema.text(infos.get(0), "headline")).isEqualTo("大宁县发布空气重污染黄色预警");
        assertThat(CapSchema.text(infos.get(0), "instruction")).isEqualTo(String.join("；", YELLOW_MEASURES_ZH) + "。");
        assertThat(CapSchema.text(infos.get(1), "instruction")).contains("No earthwork").doesNotContain("Odd/even");

        // the page shows it with its colour and measures, in Chinese and in English
        String page = given().get("/public").then().statusCode(200).contentType(ContentType.HTML).extract().asString();
        assertThat(page).contains("大宁县", "#FFD400", "停止建筑拆除作业", "大宁县发布空气重污染黄色预警");
        String english = given().queryParam("lang", "en").get("/public").then().statusCode(200).extract().asString();
        assertThat(english).contains("Daning County", "No demolition", "Daning County: yellow heavy air pollution warning issued")
                .doesNotContain("大宁县");

        // while it is in force the list asked for as CAP answers one valid alert
        String listAsCap = given().accept("application/cap+xml").get("/api/public/warnings").then().statusCode(200)
                .header("Link", org.hamcrest.Matchers.containsString("/api/public/warnings/feed")).extract().asString();
        CapSchema.validate(listAsCap);

        // raise to ORANGE: an Update that refers to the Alert
        asDuty("/api/warnings/" + id + "/adjust", """
                {"version": 1, "level": "ORANGE", "reason": "污染加重"}""").statusCode(200).body("version", equalTo(2));
        openVersion = 2;
        assertThat(given().get("/api/public/warnings").then().statusCode(200).extract().jsonPath()
                .getList("warnings.find { it.warningId == '" + id + "' }.measures.zh", String.class))
                .containsExactlyElementsOf(concat(YELLOW_MEASURES_ZH, ORANGE_EXTRA_ZH));
        Element u = CapSchema.parse(cap(id, 2)).getDocumentElement();
        assertThat(CapSchema.text(u, "msgType")).isEqualTo("Update");
        assertThat(CapSchema.text(u, "identifier")).isEqualTo(id + ".v2");
        assertThat(CapSchema.text(u, "references")).isEqualTo(SENDER + "," + id + ".v1," + CapSchema.text(a, "sent"));
        assertThat(CapSchema.text(u, "severity")).isEqualTo("Severe");
        assertThat(CapSchema.text(u, "headline")).isEqualTo("大宁县空气重污染预警调整为橙色");

        // lift: a Cancel that refers to the Update; nothing of it stays in the JSON
        asDuty("/api/warnings/" + id + "/lift", """
                {"version": 2, "reason": "预警解除", "overrideReason": "公告测试"}""").statusCode(200).body("status", equalTo("LIFTED"));
        open = null;
        Element c = CapSchema.parse(cap(id, 3)).getDocumentElement();
        assertThat(CapSchema.text(c, "msgType")).isEqualTo("Cancel");
        assertThat(CapSchema.text(c, "references")).isEqualTo(SENDER + "," + id + ".v2," + CapSchema.text(u, "sent"));
        assertThat(CapSchema.text(c, "urgency")).isEqualTo("Past");
        // the newest message without ?version is the Cancel
        Element latest = CapSchema.parse(given().get("/api/public/warnings/" + id + "/cap").then().statusCode(200).extract().asString())
                .getDocumentElement();
        assertThat(CapSchema.text(latest, "identifier")).isEqualTo(id + ".v3");
        JsonPath after = given().get("/api/public/warnings").then().statusCode(200).extract().jsonPath();
        assertThat(after.getList("warnings.warningId")).doesNotContain(id);
        assertThat(after.getString("regions.find { it.regionCode == '" + COUNTY + "' }.level")).isIn("NONE", after.getString("regions[0].level"));

        // the Atom feed lists the three messages, newest first, each linking to its CAP document
        String feed = given().get("/api/public/warnings/feed").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/atom+xml")).extract().asString();
        Document f = CapSchema.parse(feed);
        assertThat(f.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(f.getDocumentElement().getNamespaceURI()).isEqualTo(CapSchema.ATOM);
        List<String> ids = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (Element entry : CapSchema.children(f.getDocumentElement(), CapSchema.ATOM, "entry")) {
            String entryId = CapSchema.children(entry, CapSchema.ATOM, "id").get(0).getTextContent();
            if (entryId.contains(id + ".v")) {
                ids.add(entryId);
                Element link = CapSchema.children(entry, CapSchema.ATOM, "link").get(0);
                assertThat(link.getAttribute("type")).isEqualTo("application/cap+xml");
                links.add(link.getAttribute("href"));
            }
        }
        assertThat(ids).containsExactly("urn:lantian:cap:" + id + ".v3", "urn:lantian:cap:" + id + ".v2", "urn:lantian:cap:" + id + ".v1");
        for (int i = 0; i < links.size(); i++) {
            String xml = given().get(links.get(i)).then().statusCode(200).extract().asString();
            CapSchema.validate(xml);
            assertThat(CapSchema.text(CapSchema.parse(xml).getDocumentElement(), "identifier")).isEqualTo(id + ".v" + (3 - i));
        }
    }

    @Test
    void anUnknownWarningHasNoCapMessage() {
        given().get("/api/public/warnings/W-NO-SUCH/cap").then().statusCode(404);
    }

    @Test
    void jsonIsTheDefaultAnswer() {
        given().accept("*/*").get("/api/public/warnings").then().statusCode(200).contentType(ContentType.JSON);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
