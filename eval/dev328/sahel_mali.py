"""Mali under Goïta: Moura, the Timbuktu blockade, Wagner and the Africa Corps, the attack on
Bamako, the fuel blockade, Mbera, drone strikes, closed schools, MINUSMA's departure and the
lean season (17 texts, 2 with no figure)."""

from _wrap import item

item(
    "UN says Malian troops and foreign fighters killed hundreds in Moura",
    """
Malian soldiers and armed foreign personnel killed [[at least 500 people|killed;a=the UN human
rights office]] during a five-day operation in the central town of Moura in {{March 2022}}, the
UN human rights office said in a report published on {{May 12, 2023}}. Most were executed after
the area had been brought under control, the report said. Investigators found that [[58 women
and girls|other;a=Investigators;n=women and girls]] had been raped or subjected to other forms
of sexual violence. The Malian army has said it killed [[203 terrorists|killed;a=The Malian
army]] in the operation and arrested [[51 people|arrested;a=The Malian army]]. Witnesses said
[[about 100 foreign fighters|combatants;a=Witnesses]], believed to be from Russia's Wagner
group, took part, arriving with soldiers in [[five helicopters|other;a=Witnesses]]. Mali's
government rejected the report as biased. Human Rights Watch had earlier put the toll at [[about 300|killed;a=Human Rights Watch]].
""",
)

item(
    "Timbuktu under blockade as boat attack kills dozens",
    """
An attack on the Tombouctou, a passenger boat on the Niger river near Bamba, killed [[49
civilians|killed;a=Mali's transitional government]] and [[15 soldiers|killed;a=Mali's
transitional government]] on {{September 7, 2023}}, Mali's transitional government said. It
declared three days of national mourning and blamed JNIM, which had announced a blockade of
Timbuktu a month earlier. OCHA said [[more than 33,000 people|displaced;a=OCHA]] had fled the
Timbuktu region since the blockade began, many of them to Mauritania. Traders said [[about 300
trucks|other;a=Traders]] carrying goods from Algeria were stuck north of the city. The World Food
Programme said it planned to airlift food to [[about 45,000 people|aid;p;a=The World Food
Programme]] in the city. [[Dozens of passengers|missing;a=survivors]] are still missing,
survivors said.
""",
)

item(
    "Wagner suffers its heaviest losses in Mali at Tinzaouatene",
    """
Tuareg-led rebels of the CSP-DPA said they had killed [[47 Malian soldiers|killed;a=Tuareg-led
rebels of the CSP-DPA]] and [[84 Wagner fighters|killed;a=Tuareg-led rebels of the CSP-DPA]] in
fighting near Tinzaouatene, close to the Algerian border, in late {{July 2024}}. A Russian
military blogger close to the group put the Russian toll at [[more than 80|killed;a=A Russian
military blogger close to the group]]. The rebels also said they had taken [[a dozen Malian
soldiers|kidnapped;a=The rebels]] prisoner. Rebel sources said [[at least 15 wounded fighters|injured;a=Rebel sources]] of their own were taken across the border to Algeria. Wagner had deployed [[about 1,500
fighters|combatants;a=Western diplomats]] in Mali since late {{2021}}, according to Western
diplomats. In {{June 2025}} the group said it was leaving, handing over to Russia's Africa
Corps, which has [[some 2,000 personnel|combatants;a=analysts]] in the country, according to
analysts.
""",
)

item(
    "Bamako attack on gendarmerie school kills more than 70",
    """
JNIM fighters attacked a gendarmerie training school and the military section of Bamako's
airport at dawn on {{September 17, 2024}}, the first major assault on the capital in years.
[[More than 70 people|killed;a=a security source]] were killed and [[over 200|injured;a=a
security source]] wounded, a security source told Reuters, most of them student gendarmes. A
confidential document seen by the French daily Le Monde put the toll at [[77|killed;a=A
confidential document]] dead and [[255|injured;a=A confidential document]] wounded. The army
said [[20 suspects|arrested;a=The army]] had been detained. Analysts at a satellite imaging firm said [[up to six aircraft|other;a=Analysts at a satellite imaging firm]] had been damaged at the airport. The authorities said [[several
hundred soldiers|combatants;a=The authorities]] had been deployed to guard the city's
entrances. Security minister General Daoud Aly Mohammedine called the attack "a desperate
act".
""",
)

item(
    "Fuel blockade chokes Bamako as JNIM targets tankers",
    """
JNIM has burned [[more than 100 fuel tankers|other;a=hauliers' unions]] on the roads from
Senegal and Côte d'Ivoire since it declared a blockade on fuel imports in {{September 2025}},
according to hauliers' unions. The unions said [[at least 30 drivers|kidnapped;a=The unions]]
had been abducted and [[six|killed;a=The unions]] killed. Schools were closed for two weeks
in October as petrol ran out. The army said a convoy of [[about 300 tankers|other;a=The
army]], escorted by [[several hundred troops|combatants;a=The army]], reached Bamako on
{{October 28}}. Petrol sold for up to {{2,000 CFA francs}} a litre on the black market, three
times the official price. Local officials in Kayes said [[a dozen health centres|other;a=Local
officials in Kayes]] had shut for lack of fuel for their generators.
""",
)

item(
    "Mbera camp in Mauritania swells far past capacity",
    """
The Mbera refugee camp in south-eastern Mauritania now holds [[more than 120,000 Malian
refugees|displaced;a=UNHCR]], UNHCR said on {{February 20, 2025}}, although it was designed for
[[about 70,000|capacity;a=UNHCR]]. [[Some 55,000 new arrivals|displaced;a=the agency;alt=UNHCR]]
have crossed the border since {{2023}}, most of them fleeing army and Wagner operations in the
Timbuktu region, the agency said. Another [[40,000 people|displaced]] live in villages outside
the camp in the Hodh Ech Chargui region. The WFP said it was feeding [[about 95,000
refugees|aid;a=The WFP]] but would have to cut rations by half in April without {{$15
million}}. Mauritanian authorities say [[2,300 refugees|returned;a=Mauritanian authorities]]
have gone back to Mali voluntarily since {{2024}}. UNHCR has built [[1,800 shelters|capacity]]
in an extension of the camp.
""",
)

item(
    "Three Indian workers abducted at cement plant in western Mali",
    """
Gunmen abducted [[three Indian nationals|kidnapped;a=India's foreign ministry]] at the Diamond
Cement factory near Kayes on {{July 1, 2025}}, India's foreign ministry said, on a day JNIM
attacked [[seven towns|other]] in western Mali. The army said it had killed [[more than 80
assailants|killed;a=The army]] in the attacks. Security analysts say the group now holds [[at
least a dozen foreigners|kidnapped;a=Security analysts]], among them [[two Chinese
engineers|kidnapped;a=Security analysts]] seized near Bamako. [[Four Moroccan truck
drivers|kidnapped;a=Morocco's embassy]] abducted in January on the road from Burkina Faso
were freed in April, Morocco's embassy said. An Emirati royal held by JNIM was released in
October after a ransom said to be about {{$50 million}} was paid.
""",
)

item(
    "Malian drone strikes killed civilians near markets, HRW says",
    """
Malian army drone strikes killed [[at least 24 civilians|killed;a=Human Rights Watch]],
including [[seven children|killed;a=Human Rights Watch]], in the towns of Amasrakad and
Inadiatafane in northern Mali in {{March 2024}}, Human Rights Watch said. The group documented
[[three strikes|other;u=other;a=The group;alt=Human Rights Watch]], none of which appeared to
target a military objective. In Amasrakad, a drone hit a fuel depot beside a busy market,
wounding [[at least 12 people|injured]]. Army statements over the same weeks reported [[more than
60 terrorists|killed;a=Army statements]] neutralised in the Kidal region. Local officials said
[[about 400 families|displaced;a=Local officials]] had fled Inadiatafane for camps near the
Algerian border.
""",
)

item(
    "More than 1,700 schools shut in Mali as violence spreads",
    """
UNICEF said on {{January 24, 2024}} that [[1,709 schools|other;a=UNICEF]] were closed in Mali
because of insecurity, depriving [[more than 500,000 children|civilians;a=UNICEF]] of lessons.
In the Mopti region alone, [[nearly 900 schools|other;a=the regional education academy]] remain
shut, according to the regional education academy. Teachers' unions said [[four
teachers|kidnapped;a=Teachers' unions]] had been abducted in the Ségou region since October
and [[two|killed;a=Teachers' unions]] killed. [[About 2,000 teachers|displaced;a=the education
ministry]] have fled their posts, the education ministry estimates. The ministry plans to reopen
[[300 schools|other;p;a=The ministry;alt=the education ministry]] before the end of the school
year, most of them in areas the army says it has secured. UNICEF warned that [[up to 150,000 children|civilians;p;a=UNICEF]] could miss their end-of-year exams.
""",
)

item(
    "ACLED: Mali's state forces now kill more civilians than jihadists",
    """
Malian forces and their Russian allies were responsible for [[more than 1,100 civilian
deaths|killed;a=the Armed Conflict Location and Event Data project]] in {{2024}}, more than
jihadist groups, according to the Armed Conflict Location and Event Data project (ACLED). ACLED
recorded [[about 3,900 fatalities|killed;a=ACLED]] in Mali over the year, and [[more than 2,000
violent incidents|other;u=other;a=ACLED]]. JNIM and Islamic State Sahel were blamed for [[about
750 civilian deaths|killed]]. It also recorded the abduction of [[at least 320
people|kidnapped;a=ACLED]], most of them by JNIM in the centre. State forces took part in about
{{40%}} of all events. Malian army statements claimed [[more than 1,500 terrorists|killed;a=Malian
army statements]] killed over the same period.
""",
)

item(
    "Islamic State Sahel tightens its grip around Ménaka",
    """
Islamic State Sahel fighters have killed [[hundreds of civilians|killed;a=the UN]] in the Ménaka
and Gao regions since {{March 2022}}, the UN said in a report to the Security Council. [[About
30,000 people|displaced;a=the regional authorities]] have fled to Ménaka town, where the
regional authorities say they live in [[nine displacement sites|capacity;a=the regional
authorities]]. Local leaders said [[more than 900 people|killed;a=Local leaders]] had been
killed in the Tamalat and Inchinane areas alone, most of them Daoussahak Tuareg men. The Movement
for the Salvation of Azawad, a pro-government armed group, said it had [[about 1,000
fighters|combatants;a=The Movement for the Salvation of Azawad]] in the area. Aid workers said
[[some 15,000 cattle|other;a=Aid workers]] had been stolen, and [[dozens of huts|housing;a=Aid
workers]] burned.
""",
)

item(
    "Last UN peacekeepers leave Mali after decade-long mission",
    """
The UN mission in Mali, MINUSMA, completed its withdrawal on {{December 31, 2023}}, ten years
after it was deployed. At its peak the force numbered [[about 15,000 troops and
police|combatants;n=troops and police]]. [[More than 300 peacekeepers|killed;a=the UN]] were
killed in attacks during the mission, according to the UN, making it the deadliest of the
organisation's current operations. The mission handed over [[13 camps|other;a=The mission]] to
the Malian authorities, it said. A convoy of [[about 140 vehicles|other]] leaving Tessalit hit
[[two roadside bombs|other;u=other]] in October, and [[four
peacekeepers|injured;a=the mission;alt=MINUSMA]] were wounded, the mission said. [[About 1,300
national staff|other]] lost their jobs. [[Between 2,000 and 2,500 Malian troops|combatants]] moved into the camps it left.
""",
)

item(
    "Families say soldiers executed detained Fulani men in Diafarabé",
    """
Soldiers arrested [[about 20 men|arrested;a=relatives and local leaders]] at a livestock market
in Diafarabé, in central Mali, on {{May 12, 2025}}, relatives and local leaders said. Relatives
said the bodies of [[at least 20|killed;a=Relatives]] were found in shallow graves near the town
two days later. The army said it had opened an investigation. [[Hundreds of
families|displaced;a=a local official]] have since left for Mopti, a local official said.
Tabital Pulaaku, a Fulani association, said [[more than 100 Fulani civilians|killed;a=Tabital
Pulaaku]] had been killed by soldiers and militias in the Ségou and Mopti regions since the start
of the year. Their families said [[three men|missing;a=Their families]] detained with the
others were still missing. The army had deployed [[about 60 soldiers|combatants]] to the town
after an attack in April.
""",
)

item(
    "JNIM claims capture of Boulkessi army base",
    """
JNIM said it had killed [[more than 100 soldiers|killed;a=JNIM]] when it overran the army base
at Boulkessi, near the Burkina Faso border, on {{June 1, 2025}}. The army confirmed the attack
but gave a toll of [[30 soldiers|killed;a=The army]] and said it had killed [[dozens of
assailants|killed;a=The army]]. Security sources told AFP [[more than 60
soldiers|killed;a=Security sources]] had died and that [[about 20|kidnapped;a=Security
sources]] had been taken prisoner. The group said it had seized [[37 vehicles|other;a=The
group;alt=JNIM]]. Boulkessi had been held by a garrison of [[some 400 troops|combatants]].
""",
)

item(
    "Pockets of famine-level hunger in Mali's Ménaka region",
    """
[[About 2,600 people|civilians;a=the latest Cadre Harmonisé analysis]] in Mali's Ménaka region
face catastrophic hunger, classed as Phase {{5}} on the five-point scale, according to the
latest Cadre Harmonisé analysis. Nationwide, [[1.4 million people|civilians;p;a=the analysis;alt=the
latest Cadre Harmonisé analysis]] will be in crisis or worse during the lean season from June to
August, the analysis found. The World Food Programme said it had reached [[1.2 million
people|aid;a=The World Food Programme]] in {{2024}} but planned to assist only [[about
700,000|aid;p;a=The World Food Programme]] this year because of funding cuts. In Léré, cut off
by JNIM since {{2023}}, [[about 40 tonnes|aid;a=local officials]] of food arrived by air in
March, local officials said. [[About 18,000 residents|civilians]] remain in the town.
""",
)

item(
    "Mali and Barrick settle gold mine dispute",
    """
Mali's junta and Barrick Mining reached a deal in {{November 2025}} ending a two-year
dispute over the Loulo-Gounkoto complex, after the company agreed to pay {{244 billion CFA
francs}} ({{$430 million}}). The {{2023}} mining code raised the state's stake in new mines to
up to {{35%}}. Gold accounts for about {{80%}} of Mali's exports and a quarter of its budget
revenue. The complex produced nothing for most of {{2025}} after the government seized the gold
stocks at its site. Barrick's shares rose {{4.1%}} on the news.
""",
)

item(
    "Sahel juntas complete their exit from ECOWAS",
    """
Mali, Burkina Faso and Niger formally left ECOWAS on {{January 29, 2025}}, a year after
announcing their withdrawal. Their Alliance of Sahel States, founded on {{September 16, 2023}},
introduced a common passport in {{January 2025}} and a {{0.5%}} levy on imports from outside the
bloc. ECOWAS said citizens of the departing states would keep visa-free travel until further
notice. Trade with the bloc accounted for about {{20%}} of Mali's imports in {{2023}}, according
to the IMF. General Assimi Goïta, {{42}}, was granted a renewable five-year presidential term
in {{July 2025}}.
""",
)
