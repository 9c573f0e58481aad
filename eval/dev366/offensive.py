"""dev366 items: the Russian-backed offensives on Idlib and northern Hama, 2019-2020, barrel
bombs and airstrikes on markets and hospitals, and the shelling after the truce of March 2020."""

from _wrap import item

item(
    "Airstrikes on Maarat al-Numan market kill dozens",
    """Russian and Syrian government warplanes struck a crowded vegetable market in Maarat
    al-Numan on Monday, killing [[at least 31 civilians|killed;a=the White Helmets]], according
    to the White Helmets. The rescue group said its volunteers had pulled
    [[14 bodies|killed;a=The rescue group;alt=the White Helmets]] from a single collapsed
    building beside the market, among them
    [[five children|killed;a=The rescue group;alt=the White Helmets]].
    [[More than 60 people|injured;a=doctors at the town's main hospital]] were wounded, doctors
    at the town's main hospital told Reuters. [[Dozens of shops|housing]] and stalls were
    flattened. [[Two ambulances|other;a=the group;alt=the White Helmets]] that rushed to the
    scene were hit by a {{second}} strike some {{15 minutes}} later, the group added. The attack
    came on the {{84th}} day of the offensive on southern Idlib, which the UN says has killed
    [[more than 400 civilians|killed;a=the UN]] since the end of April.""",
)

item(
    "WHO: two dozen health facilities hit in Idlib offensive",
    """[[At least 24 hospitals and clinics|housing;a=the World Health Organization;n=hospitals
    and clinics]] in Idlib and northern Hama have been hit since the government offensive
    began, the World Health Organization said on Tuesday. The strikes have left
    [[hundreds of thousands of people|civilians;a=the World Health Organization]] without nearby care, it said.
    Physicians for Human Rights said [[four of those facilities|housing;a=Physicians for Human
    Rights]] had been struck more than once. Staff evacuated
    [[some 120 patients|displaced;a=the hospital's director]] from the Kafr Nabl surgical
    hospital hours before it was bombed on {{May 5}}, the hospital's director said.
    [[Two nurses|killed;a=the Syrian American Medical Society]] were killed and
    [[seven other staff|injured;a=the Syrian American Medical Society]] wounded in the strikes,
    according to the Syrian American Medical Society. UNICEF said
    [[at least 17 schools|housing;a=UNICEF]] had been damaged and
    [[more than 200|other;a=UNICEF;u=structure]] others closed as families fled north.""",
)

item(
    "Khan Sheikhoun falls as rebels pull back",
    """Syrian government forces backed by Russian air power entered Khan Sheikhoun on Wednesday
    after rebels withdrew from the town, which they had held since {{2014}}. The advance sent
    [[tens of thousands of people|displaced]] fleeing north towards the Turkish border. OCHA said
    [[more than 400,000 people|displaced;a=OCHA]] had been displaced in Idlib and northern Hama
    since the end of April. The Syrian Observatory for Human Rights said
    [[at least 59 fighters|killed;a=The Syrian Observatory for Human Rights]] died in
    {{48 hours}} of fighting around the town, among them
    [[33 soldiers|killed;a=The Syrian Observatory for Human Rights]] and pro-government
    militiamen and [[26 rebels|killed;a=The Syrian Observatory for Human Rights]] and jihadists.
    Rebel commanders said [[nine villages|other;a=Rebel commanders]] south of the town had also
    fallen. A Turkish observation post at Morek, set up under the Sochi deal of {{2018}}, was
    left behind government lines with [[about 200 Turkish troops|combatants;a=a Turkish
    official]] inside, a Turkish official said.""",
)

item(
    "Rights group counts over a thousand barrel bombs in a month",
    """Government helicopters dropped [[at least 1,012 barrel bombs|other;a=the Syrian Network for Human Rights (SNHR);u=other]] on Idlib and northern Hama in {{August 2019}}, the Syrian Network for
    Human Rights (SNHR) said in its monthly report. The group said the bombing killed
    [[258 civilians|killed;a=The group;alt=the Syrian Network for Human Rights (SNHR)]], among
    them [[67 children|killed;a=The group;alt=the Syrian Network for Human Rights (SNHR)]] and
    [[41 women|killed;a=The group;alt=the Syrian Network for Human Rights (SNHR)]]. It recorded
    [[19 attacks|other;a=the Syrian Network for Human Rights (SNHR);u=other]] on vital
    facilities, including [[six hospitals|housing;a=the Syrian Network for Human Rights
    (SNHR)]] and [[four markets|housing;a=the Syrian Network for Human Rights (SNHR);
    u=structure]]. Across Syria in the same month, SNHR documented
    [[126 arbitrary arrests|arrested;a=SNHR;u=person]] by government forces, and
    [[23 people|arrested;a=SNHR]] detained by Hayat Tahrir al-Sham in Idlib. The government
    denies using barrel bombs.""",
)

item(
    "UN: 900,000 displaced in north-west Syria since December",
    """[[Some 900,000 people|displaced;a=the UN]] have fled their homes in north-west Syria since
    {{December 1}}, the UN said on Monday, [[over 500,000 children|displaced;a=the UN]] among
    them. "[[Around 80,000 people|displaced;a=Mark Cutts]] are sleeping in the open or under
    trees in freezing temperatures," Mark Cutts, the UN's deputy regional humanitarian
    coordinator, told reporters. Government forces have recaptured Saraqeb and hold the whole
    of the {{M5}} highway for the {{first}} time since {{2012}}. Turkey has poured
    [[thousands of troops|combatants]] and [[hundreds of armoured vehicles|other]] into the
    province. The Turkish defence ministry said
    [[five soldiers|killed;a=The Turkish defence ministry]] were killed and
    [[five|injured;a=The Turkish defence ministry]] wounded when government artillery hit a
    Turkish position near Taftanaz.""",
)

item(
    "Dozens of Turkish soldiers killed in Idlib air strike",
    """[[At least 33 Turkish soldiers|killed;a=Hatay governor Rahmi Dogan]] were killed in an air
    strike on their positions in Idlib's Jabal al-Zawiya on Thursday night, Hatay governor Rahmi
    Dogan said. He said [[32 soldiers|injured;a=Rahmi Dogan]] who were wounded were being treated
    in Turkish hospitals. [[Around 300 Turkish troops|combatants]] had been stationed around the
    village of Balyun. Defence minister Hulusi Akar later said Turkish drones and artillery had
    killed [[2,212 Syrian government troops|killed;a=Defence minister Hulusi Akar]] and destroyed
    [[eight helicopters|other;a=Defence minister Hulusi Akar]] and
    [[103 tanks|other;a=Defence minister Hulusi Akar]]. The Syrian Observatory for Human Rights
    put the government's losses over {{three days}} at
    [[74 soldiers and militiamen|killed;a=The Syrian Observatory for Human Rights;n=soldiers
    and militiamen]].""",
)

item(
    "Families trickle back to southern Idlib after truce",
    """[[About 40,000 people|returned;a=the Syrian Response Coordination Group]] have gone back to
    their towns and villages in Idlib and western Aleppo since the ceasefire agreed by Russia
    and Turkey on {{March 5}}, the Syrian Response Coordination Group said. Most went to Ariha,
    Atareb and Darat Izza, but [[fewer than 2,000 families|returned;a=the group;alt=the Syrian
    Response Coordination Group]] have gone back to the Jabal al-Zawiya area, the group said.
    The group estimates that [[around 235,000 people|civilians;a=The group;alt=the Syrian
    Response Coordination Group]] still live within {{10 km}} of the front line. OCHA said
    [[some 960,000 people|displaced;a=OCHA]] remained displaced, {{81 per cent}} of them women and
    children. Joint Russian-Turkish patrols on the {{M4}} highway, due to start on
    {{March 15}}, will each involve [[up to 20 armoured vehicles|other;p]]. Aid agencies said
    [[about 2,500 tents|aid;a=Aid agencies]] had been handed out in the past week.""",
)

item(
    "Shelling kills children in Jabal al-Zawiya",
    """Government artillery shelling on the village of Ibleen in Jabal al-Zawiya killed
    [[eight civilians|killed;a=the White Helmets]] on Thursday, among them
    [[five children|killed;a=the White Helmets]] from one family, the White Helmets said.
    Rescuers said [[14 people|injured;a=Rescuers]] were wounded,
    [[three|injured;a=Rescuers]] of them critically. The shelling was among the deadliest since
    the truce of {{March 2020}}. Since {{June 1}} the White Helmets have recorded
    [[more than 700 artillery and rocket attacks|other;a=the White Helmets;u=other;n=attacks]]
    on the area. [[About 1,600 families|displaced;a=the local council]] have left the villages
    of the plateau in that time, the local council said, and
    [[only 30 families|civilians;a=the local council]] remain in Ibleen itself.""",
)

item(
    "Russian jets strike Turkish-backed faction's training camp",
    """Russian airstrikes on a training camp of the Turkish-backed Failaq al-Sham faction in
    north-west Idlib killed [[at least 78 fighters|killed;a=the Syrian Observatory for Human
    Rights]] on Monday, the Syrian Observatory for Human Rights said.
    [[More than 90 others|injured;a=the monitor;alt=the Syrian Observatory for Human Rights]]
    were wounded, the monitor said. A spokesman for the National Front for Liberation, the
    rebel coalition Failaq al-Sham belongs to, confirmed
    [[dozens of dead|killed;a=A spokesman for the National Front for Liberation]]. The camp at
    Jabal al-Duwayli had been hosting [[about 150 recruits|combatants;a=a commander]] on a
    training course, a commander told Reuters. Analysts say Failaq al-Sham has
    [[some 8,000 fighters|combatants;a=Analysts]]. The strike came a week after Turkey began
    withdrawing troops from [[four of its military outposts|other]] behind government lines.""",
)

item(
    "Artillery hits underground hospital in western Aleppo",
    """Artillery shells fired from government-held areas hit the al-Atareb surgical hospital on
    Sunday, killing [[seven people|killed;a=the Syrian American Medical Society]] and wounding
    [[14 patients and staff|injured;a=the Syrian American Medical Society;n=patients and
    staff]], the Syrian American Medical Society said. Among the wounded were
    [[five medical staff|injured]]. The hospital, partly built underground, treated
    [[around 3,650 patients a month|aid;a=the hospital's managers]] before the attack, the hospital's managers said.
    Russian jets struck near the Bab al-Hawa crossing the same day and set fire to
    [[dozens of trucks|other;a=the White Helmets]] parked near Sarmada, the White Helmets said.
    [[Some 50 patients|displaced;a=hospital staff]] were moved to the Bab al-Hawa hospital, hospital staff said. The UN said it was the {{fourth}} attack on a health facility in the north-west this
    year.""",
)

item(
    "Monitor tallies the year's dead in Idlib",
    """The Syrian Observatory for Human Rights said on Wednesday it had counted
    [[3,478 deaths|killed;a=The Syrian Observatory for Human Rights]] in Idlib and the
    surrounding parts of Hama, Aleppo and Latakia in {{2019}}. They included
    [[1,520 civilians|killed;a=The Syrian Observatory for Human Rights]], among them
    [[412 children|killed;a=The Syrian Observatory for Human Rights]], the monitor said. Among
    the combatants killed were [[1,104 government soldiers and allied fighters|killed;a=the
    monitor;alt=The Syrian Observatory for Human Rights;n=soldiers and allied fighters]], the
    monitor added, and [[854 fighters|killed;a=the monitor;alt=The Syrian Observatory for Human
    Rights]] of Hayat Tahrir al-Sham and allied groups. Rami Abdel Rahman, who heads the
    Observatory, told AFP that [[more than 1 million people|displaced;a=Rami Abdel Rahman]] had
    fled towards the border over the year.""",
)

item(
    "Rockets hit Ariha as children walk to school",
    """Government rocket fire hit the town of Ariha at the start of the school day on Wednesday,
    killing [[13 people|killed;a=the White Helmets]], including [[four pupils|killed;a=the White
    Helmets]] and their teacher, the White Helmets said. [[At least 25|injured;a=the
    group;alt=the White Helmets]] were wounded, the group said. The Idlib education directorate
    said [[102 schools|other;a=The Idlib education directorate]] in the area would close for
    {{three days}}. [[Some 60 families|displaced;a=local officials]] left Ariha for the border
    camps within hours, local officials said. The state news agency SANA said
    [[two soldiers|killed;a=The state news agency SANA]] had been killed in rebel shelling on
    government positions near Kafr Nabl earlier in the day.""",
)

item(
    "Russia says its strikes killed over a thousand militants",
    """Russia's defence ministry said on Friday that its aircraft and Syrian forces had killed
    [[more than 1,000 terrorists|killed;a=Russia's defence ministry]] in Idlib in {{May}} and
    destroyed [[56 vehicles|other;a=Russia's defence ministry]] and
    [[14 tanks|other;a=Russia's defence ministry]]. It said
    [[14 drones|other;a=Russia's defence ministry]] launched at the Hmeimim air base had been
    shot down over the same period. The ministry's reconciliation centre said
    [[2,300 people|displaced;a=The ministry's reconciliation centre]] had left the rebel-held
    zone through the Abu al-Duhur corridor. It puts the strength of Hayat Tahrir al-Sham at
    [[some 20,000 fighters|combatants;a=The ministry's reconciliation centre]]. Rebel officials
    said far fewer had crossed and that Russian jets were striking towns, not fighters.""",
)

item(
    "Idlib bombardment after Homs academy attack displaces 120,000",
    """Government and Russian bombardment of Idlib since the drone attack on the Homs military
    academy on {{October 5}} has killed [[at least 66 people|killed;a=OCHA]], wounded
    [[more than 270|injured;a=OCHA]] and displaced [[over 120,000 people|displaced;a=OCHA]],
    OCHA said. The White Helmets said their teams had responded to
    [[over 230 attacks|other;a=The White Helmets;u=other]] in {{two weeks}}.
    [[Dozens of schools|housing]] and [[at least 23 health facilities|housing;a=the
    Health Cluster]] were damaged, according to the Health Cluster. The academy attack killed
    [[89 people|killed;a=the Syrian health ministry]], among them
    [[31 women|killed;a=the Syrian health ministry]], at a graduation ceremony, according to the
    Syrian health ministry. No group claimed it.""",
)

item(
    "Strike on Jisr al-Shughour market",
    """Russian warplanes hit a vegetable market in Jisr al-Shughour on Sunday, killing
    [[nine civilians|killed;a=the White Helmets]] and wounding
    [[more than 30|injured;a=the White Helmets]], the White Helmets said.
    [[Four rescuers|injured]] were hurt when a second strike hit as they worked. Earlier, a
    strike on a poultry farm near Maarat Misrin killed [[two farm workers|killed]] and
    [[thousands of chickens|other;u=other]]. The rescue group said Russian aircraft had carried
    out [[112 airstrikes|other;a=The rescue group;alt=the White Helmets;u=other]] on north-west
    Syria since January. [[About 1,000 families|displaced;a=local officials]] have left the
    town's outskirts this month, local officials said.""",
)

item(
    "Explainer: what the Sochi deal promised Idlib",
    """Russia and Turkey signed the Sochi memorandum on {{17 September 2018}}. It set up a
    demilitarised zone {{15 to 20 km}} deep around the rebel-held pocket, from which heavy
    weapons were to be withdrawn by {{October 10}} and radical groups by {{October 15}}. Traffic
    was to resume on the {{M4}} and {{M5}} highways before the end of {{2018}}. Neither deadline
    was met. The deal built on the Astana de-escalation zones of {{May 2017}}, the {{fourth}}
    and last of which covered Idlib. The pocket, {{about 6,000 square kilometres}} at the time,
    had shrunk by {{about 40 per cent}} by {{March 2020}}.""",
)

item(
    "Idlib's markets switch to the Turkish lira",
    """Exchange shops in Idlib began paying out Turkish lira in {{June 2020}}, after the Syrian
    pound lost {{more than 70 per cent}} of its value in {{a year}}. The Salvation Government
    priced a bundle of bread at {{one lira}}, and fuel at {{4.75 lira}} a litre. Traders said
    the pound had fallen past {{3,000}} to the dollar on the black market in Damascus, against
    {{about 600}} a year earlier. Salaries in the administration were set at {{$100}} to
    {{$150}} a month. Small notes of {{5}} and {{10}} lira were flown in by Turkish banks.""",
)
