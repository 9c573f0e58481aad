"""Battles, strikes, raids, sieges and abductions, followed up: tolls from both sides, camps
overrun, people fled and trapped, hostages freed, prisoners taken (12 articles with figures,
1 without)."""

from _wrap import item

item(
    "Kyiv mourns as children's hospital patients are moved after missile strike",
    """Kyiv observed a day of mourning on {{July 9}} after the heaviest Russian attack on the
    capital in months. The Kyiv City Military Administration said
    [[33 people|killed;a=The Kyiv City Military Administration]] had been killed in the city,
    [[five of them|killed;n=-;a=The Kyiv City Military Administration]] children, and
    [[121|injured;n=-;a=The Kyiv City Military Administration]] injured. Across Ukraine, the
    toll of Monday's barrage rose to [[at least 43|killed;n=-]]. A missile hit the Okhmatdyt
    children's hospital, killing [[two adults|killed;a=Health Minister Viktor Liashko]], among
    them a {{30-year-old}} doctor, and wounding [[16 people|injured;a=Health Minister Viktor
    Liashko]], according to Health Minister Viktor Liashko. Liashko said
    [[627 children|displaced;a=Liashko]] had since been moved to other hospitals in Kyiv and
    beyond, [[94|displaced;n=-;a=Liashko]] of them cancer patients whose treatment could not
    wait. [[Hundreds of volunteers|other]] spent the night clearing rubble by hand, passing
    bricks along human chains. The Ukrainian Air Force said Russia had launched
    [[38 missiles|other;a=The Ukrainian Air Force]], most of which were shot down. Moscow denied
    hitting the hospital and blamed a Ukrainian air defence interceptor, a claim UN monitors
    said was contradicted by video analysis. The hospital, the country's largest children's
    hospital, treats patients from every region, and its dialysis and toxicology units were
    among the few of their kind in Ukraine. Doctors were operating on a child when the blast
    blew out the windows of the surgical block; the operation was finished in another
    building. Repairs are expected to cost about {{UAH 400 million}}, according to the city,
    and donors raised more than {{UAH 100 million}} within {{24 hours}}. The UN Security
    Council held an emergency meeting on the strike on {{July 9}}, at Ukraine's request.""",
)

item(
    "Russia says 121,000 evacuated from Kursk border areas as Ukraine holds ground",
    """Kursk region's acting governor Alexei Smirnov said on Wednesday that
    [[121,000 people|displaced;a=Kursk region's acting governor Alexei Smirnov]] had been
    evacuated from districts along the Ukrainian border and that
    [[about 59,000|displaced;n=-;p;a=Kursk region's acting governor Alexei Smirnov]] more were
    to be moved. Smirnov said [[12 civilians|killed;a=Smirnov]] had been killed and
    [[more than 100|injured;n=-;a=Smirnov]] wounded since Ukrainian troops crossed the border a
    week ago. Ukraine's commander-in-chief, Oleksandr Syrskyi, said his forces controlled
    [[74 settlements|other;u=other;a=Oleksandr Syrskyi]] and {{1,150 square kilometres}} of
    Russian territory. President Volodymyr Zelenskiy said his troops had taken
    [[hundreds of Russian soldiers|arrested;a=President Volodymyr Zelenskiy]] prisoner, and that
    they would be exchanged for Ukrainians held in Russia. Russia's defence ministry claimed
    that [[up to 2,030 Ukrainian troops|killed;a=Russia's defence ministry]] had been killed or
    wounded and [[82 tanks|other;a=Russia's defence ministry]] destroyed, figures that could not
    be verified. In the town of Sudzha, [[about 2,000 residents|civilians;a=local
    people]] remained, local
    people told Reuters by phone, many of them elderly and living in basements without power.
    The Russian Red Cross said it had handed out
    [[30 tonnes|aid;a=The Russian Red Cross]] of food and hygiene supplies to evacuees in
    Kursk city. It is the first time foreign ground forces have held Russian territory since
    the Second World War, and the speed of the advance, which began on {{August 6}}, appeared to
    take Moscow by surprise. Putin called the incursion a "large-scale provocation" and
    ordered the Federal Security Service to lead a counter-terrorism operation in Kursk,
    Belgorod and Bryansk regions. Kyiv says it has no interest in annexing the land and wants to
    create a buffer zone to stop Russian shelling of its Sumy region. Russian state television
    has shown long queues of evacuees at temporary accommodation points in Kursk city,
    where volunteers hand out bread and bottled water. Evacuees are being paid
    {{10,000 roubles}} each by the regional government, and Smirnov has promised further
    compensation for lost property once the area is secure.""",
)

item(
    "Zamzam camp empties as RSF takes control, Tawila overwhelmed",
    """[[Between 400,000 and 450,000 people|displaced;a=the International Organization for
    Migration]] have fled Zamzam displacement camp since the Rapid Support Forces overran it
    last week, according to the International Organization for Migration. Most walked to
    Tawila, about {{60 kilometres}} to the west, where the Norwegian Refugee Council said
    [[more than 180,000 new arrivals|displaced;a=the Norwegian Refugee Council]] had been
    registered by Sunday. The UN said it had verified the killing of
    [[at least 100 civilians|killed;a=The UN]] in the camp, including
    [[20 children|killed;a=The UN]] and [[nine aid workers|killed;a=The UN]] of Relief
    International who were staffing one of the last clinics still open. Sudanese authorities
    put the toll at [[more than 400|killed;n=-;a=Sudanese authorities]]. The RSF said it had
    "liberated" the camp and denied killing civilians. Before the attack, Zamzam sheltered
    [[about 500,000 people|displaced]], making it Sudan's largest camp. In El Fasher, besieged
    by the RSF since {{May 2024}}, [[about 300,000 civilians|civilians;a=OCHA]] remain trapped,
    OCHA estimates. The World Food Programme said it had reached
    [[30,000 people|aid;a=The World Food Programme]] in Tawila with emergency rations and needed
    [[40 more trucks|aid;p;a=The World Food Programme]] to cover the rest. Famine was first
    confirmed in Zamzam in {{August 2024}} by the Integrated Food Security Phase
    Classification, the first such finding anywhere in the world since {{2017}}. Aid workers in
    Tawila say new arrivals are sleeping under trees, with little water and no latrines, and
    that many walked for {{two days}} carrying children and the elderly. The RSF, which has
    been fighting the army since {{April 2023}}, has declared a rival government in the areas
    it controls. The United States has accused it of genocide in Darfur, which the group
    denies.""",
)

item(
    "Gaza school strike: rescuers recover 93 bodies as toll disputed",
    """The death toll from an Israeli strike on al-Tabi'in school in Gaza City, where displaced
    families were sheltering, has risen to
    [[more than 100|killed;n=-;a=the Gaza Civil Defence]], according to the Gaza Civil
    Defence. Its spokesman, Mahmoud Basal, said rescuers had recovered
    [[93 bodies|killed;a=Mahmoud Basal]], [[11 of them|killed;n=-;a=Mahmoud Basal]] children,
    and that many remains could not be identified. [[Some 70 injured|injured]] were taken to
    al-Ahli hospital. The strike hit the school's prayer hall during dawn prayers. The school
    had been sheltering [[about 2,400 displaced people|displaced;a=a teacher]] from
    [[some 350 families|displaced;a=a teacher]], a teacher told Al Jazeera. The Israeli military said it had
    killed [[at least 19 Hamas and Islamic Jihad fighters|killed;a=The Israeli military]] who
    were using the school as a command centre, and said the toll given by Gaza authorities was
    inflated. Gaza's Government Media Office said it was the {{21st}} school-turned-shelter
    hit since {{July 4}}, and that such strikes had killed
    [[more than 270 people|killed;a=Gaza's Government Media Office]] in that period. The UN
    says [[about 1.9 million people|displaced;v=1900000;a=The UN]], {{nine in 10}} of the
    population, have been displaced. Footage from the scene showed bodies wrapped in blankets
    laid out in the courtyard and rescuers searching the debris with torches. The strike came
    as mediators from Egypt, Qatar and the United States were preparing a new round of talks
    on a ceasefire and hostage exchange, set for {{August 15}}. Hamas said the attack showed
    that Israel was not serious about the negotiations; Israel said it had used precise
    munitions and that the strike had been aimed at a room used by the armed groups.""",
)

item(
    "Goma: government says 2,900 killed, displaced camps emptied by M23",
    """The Congolese government said on Tuesday that [[at least 2,900 people|killed;a=The
    Congolese government]] were killed in the fighting for Goma in late January, far more than
    the [[900|killed;n=-;a=the UN]] the UN had counted by early February. Government spokesman
    Patrick Muyaya said [[more than 2,000 bodies|killed;a=Government spokesman Patrick
    Muyaya]] had been buried in mass graves and [[at least 500|killed;n=-;a=Government
    spokesman Patrick Muyaya]] were still in the city's morgues. The ICRC said the hospitals
    it supports in Goma had admitted [[more than 600 wounded|injured;a=The ICRC]] since
    {{January 26}}, {{about a third}} of them civilians. As the {{M23}} rebels entered the city,
    [[more than 4,000 inmates|other]] broke out of Munzenze prison, which was set on fire.
    Before the offensive, [[some 650,000 displaced people|displaced;a=OCHA]] lived in camps around
    Goma, according to OCHA. The {{M23}} has since ordered the sites closed, and says
    [[more than 100,000|returned;n=-;a=The M23]] have gone home to Rutshuru and Masisi.
    Humanitarian workers told Radio Okapi that [[dozens of sites|capacity;a=Humanitarian
    workers]] were now empty, their shelters dismantled, and that many families had nowhere to
    return to.""",
)

item(
    "Myanmar airstrike on Pazigyi gathering: toll rises, survivors flee",
    """The number of people killed in a military airstrike on a gathering in Pazigyi village
    in Myanmar's Sagaing region has risen to [[at least 165|killed;n=-;a=the opposition
    National Unity Government]], the opposition National Unity Government said on Thursday.
    Among them were [[about 40 children|killed;a=the opposition National Unity Government]],
    it said, the youngest a {{6-month-old}} baby. A rescuer told The Associated Press that
    volunteers had collected [[about 100 bodies|killed;a=A rescuer]] but that many were
    dismembered, making a count difficult. A fighter jet dropped [[two bombs|other;u=other;
    a=witnesses]] on the crowd, which had gathered at {{8am}} for the opening of a local
    administration office, and a helicopter gunship then fired on survivors, witnesses said.
    Military spokesman Zaw Min Tun said the event had been attended by
    [[about 150 people|other;a=Military spokesman Zaw Min Tun]], some of them armed resistance
    fighters. [[About two dozen wounded|injured]] were carried to clinics in Kanbalu township,
    about {{30 kilometres}} away. [[Hundreds of residents|displaced]] have since fled into the
    forests. Myanmar's military has carried out
    [[more than 600 airstrikes|other;u=other;a=ACLED]] since the {{2021}} coup, according to
    ACLED.""",
)

item(
    "Syria's coastal killings: inquiry names 1,426 dead as Alawites stay away",
    """A committee appointed by Syria's interim government said on Tuesday that it had
    identified [[1,426 people|killed;a=A committee appointed by Syria's interim government]]
    killed in the violence on the Mediterranean coast in March, [[90|killed;n=-;a=A committee
    appointed by Syria's interim government]] of them women. The committee said
    [[238 members|killed;a=The committee]] of the security forces had been killed by armed
    groups loyal to former president Bashar al-Assad before the killings of Alawite
    civilians. It said it had interviewed [[938 witnesses|other;a=The committee]] and that
    [[37 people|arrested;a=The committee]] had been detained. The Syrian Observatory for Human Rights, a
    British-based monitor, counts [[1,383 civilians|killed;a=The Syrian Observatory for Human
    Rights]] killed, mostly Alawites. [[About 9,000 people|displaced]] sought shelter at the
    Russian air base in Hmeimim in the days after the violence began on {{March 6}}, and
    [[more than 21,000|displaced;n=-;a=the UN refugee agency]] crossed into Lebanon, according
    to the UN refugee agency. The agency said
    [[about 3,000|returned;n=-;a=The agency;alt=the UN refugee agency]] had since gone back
    to their villages in Latakia and Tartus, while many are still too afraid to go back.""",
)

item(
    "Yemen: toll in Saada prison strike rises to 87, MSF says",
    """[[At least 87 people|killed;a=Medecins Sans Frontieres]] were killed and
    [[266|injured;n=-;a=Medecins Sans Frontieres]] wounded in an air strike on a detention
    centre in the Houthi-held city of Saada, Medecins Sans Frontieres said on Sunday. The
    Houthis' health ministry put the toll at [[91|killed;n=-;a=The Houthis' health ministry]].
    [[Scores of bodies|killed;a=rescuers]] remained under the rubble, rescuers said. The
    prison, built for [[1,300 inmates|capacity]], was holding
    [[more than 2,000 detainees|arrested;a=the ICRC]], many of them African migrants, according
    to the ICRC. [[Dozens of detainees|other]] escaped in the chaos. The Saudi-led coalition
    denied striking the prison. Hours earlier, an air strike on a telecommunications building in
    Hodeidah killed [[three children|killed;a=Save the Children]] playing nearby, Save the
    Children said. The ICRC said it had sent [[20 tonnes|aid;a=The ICRC]] of medical supplies
    and body bags to Saada's hospitals, which were working with {{half}} their staff.""",
)

item(
    "Haiti: toll from Pont-Sonde gang massacre rises to 115",
    """The toll from the Gran Grif gang's attack on the Haitian town of Pont-Sonde has risen to
    [[115 dead|killed;a=the UN human rights office]], the UN human rights office said on
    Friday, up from the [[70|killed;n=-;a=local officials]] first reported by local officials.
    Among the dead were [[10 women|killed;a=the office;alt=the UN human rights office]] and
    [[three infants|killed;a=the office;alt=the UN human rights office]], the office said. The
    gunmen, armed with assault rifles, went house to house before dawn. They burned
    [[45 houses|housing;a=the office;alt=the UN human rights office]] and
    [[34 vehicles|other;a=the office;alt=the UN human rights office]], according to the
    office. The IOM said [[more than 6,270 people|displaced;a=The IOM]] had fled the town,
    most of them to Saint-Marc, where [[about 1,500|displaced;n=-]] are sleeping in
    [[three schools|capacity]] and a church. [[Sixteen wounded|injured]] were flown by
    helicopter to Port-au-Prince. The gang's leader said in a voice message that residents had
    been punished for helping the police.""",
)

item(
    "Kuriga: Kaduna says 137 abducted pupils freed, disputing school's count",
    """The Kaduna State Government on Sunday said all
    [[137 pupils|kidnapped;a=The Kaduna State Government]] abducted from the LEA Primary and
    Secondary School in Kuriga had been freed, {{16 days}} after gunmen stormed the school.
    The figure is far lower than the [[287 pupils|kidnapped;a=Sani Abdullahi;alt=the school's
    head teacher]] the school's head teacher, Sani Abdullahi, had said were taken. Of those
    freed, [[76|kidnapped;n=-]] are girls and [[61|kidnapped;n=-]] boys. Governor Uba Sani said
    [[one teacher|killed;a=Governor Uba Sani]] had died in captivity. Residents said
    [[about 25 children|kidnapped;a=Residents]] escaped from the kidnappers in the first days
    and walked back to the village. The army said [[a dozen suspects|arrested;a=The army]] had
    been arrested in operations in the forests of Kaduna and Zamfara. Since the abduction of
    [[276 schoolgirls|kidnapped]] from Chibok in {{2014}},
    [[more than 1,500 students|kidnapped;a=UNICEF]] have been abducted in Nigeria, according
    to UNICEF.""",
)

item(
    "Mali: rebels claim dozens of soldiers and Wagner fighters killed near Algeria",
    """Tuareg-led separatists said on Monday they had killed
    [[47 Malian soldiers|killed;a=Tuareg-led separatists]] and
    [[84 Wagner fighters|killed;a=Tuareg-led separatists]] in {{three days}} of fighting near
    Tinzaouaten, close to the Algerian border. The rebels said
    [[nine of their own fighters|killed;a=The rebels]] died and [[12|injured;n=-;a=The
    rebels]] were wounded. They posted photographs showing
    [[about 15 captured Russians|arrested;a=The rebels]] and said they had destroyed
    or seized [[more than 20 vehicles|other;a=The rebels]]. JNIM, the al-Qaeda-linked
    group, separately claimed to have killed [[50 Russians|killed;a=JNIM]] in an
    ambush in the same area. Mali's army said it had lost
    [[two soldiers|killed;a=Mali's army]], with [[10 wounded|injured;a=Mali's army]], and had
    killed [[20 terrorists|killed;a=Mali's army]]. Wagner's Telegram channels acknowledged
    heavy losses, including a commander. It would be the worst defeat for the Russian group
    since it deployed to Mali in {{2021}}.""",
)

item(
    "Karabakh almost empty as Armenia counts 100,417 arrivals",
    """Armenia said on Saturday that [[100,417 people|displaced;a=Armenia]] had crossed from
    Nagorno-Karabakh in the week since Azerbaijan retook the enclave, out of
    [[an estimated population of 120,000|civilians;n=-]]. Prime Minister Nikol Pashinyan said
    the state had prepared accommodation for [[40,000 people|capacity;a=Prime Minister Nikol
    Pashinyan]], and that the rest were staying with relatives. A UN mission that visited
    Stepanakert on Sunday said [[between 50 and 1,000 ethnic Armenians|civilians;a=A UN
    mission that visited Stepanakert]] may remain in the region. An explosion at a fuel depot
    near Stepanakert, as people queued for petrol to leave, killed
    [[170 people|killed;a=the region's ombudsman]], the region's ombudsman said; [[dozens|missing;
    a=the region's ombudsman]] are still missing and [[more than 290|injured;n=-;a=the
    region's ombudsman]] were injured. Azerbaijan's offensive on {{September 19-20}} killed [[more than 200 ethnic Armenian fighters|killed;a=Armenian officials]],
    Armenian officials said, and [[192 Azerbaijani soldiers|killed;a=Baku]], according to
    Baku. Azerbaijani police have detained [[a handful of former separatist leaders|arrested]]
    at the border crossing. The exodus followed a {{nine-month}} blockade of the Lachin
    corridor, the only road linking the enclave to Armenia, which left shops without food and
    hospitals without medicine. Azerbaijan says the Armenians are free to stay and to
    reintegrate as its citizens, and it has offered them identity documents; few trust the
    offer. The enclave's separatist leader, Samvel Shahramanyan, signed a decree on
    {{September 28}} dissolving its institutions from {{January 1, 2024}}. The Armenian
    government is paying each arrival a one-off grant of {{100,000 drams}}, about {{$250}},
    and has asked the European Union for help with housing. In Goris, the first town across
    the border, the arrivals were registered in a theatre turned into a reception centre,
    where Red Cross volunteers handed out hot tea, SIM cards and bus tickets to Yerevan. Many
    came with nothing but what fitted in their cars, after journeys of up to {{30 hours}} on
    a mountain road usually driven in {{two hours}}. Pashinyan has accused Russia, whose
    peacekeepers were deployed in the enclave under the {{2020}} ceasefire, of failing to
    protect them.""",
)

item(
    "Ukraine marks 1,000 days of full-scale war",
    """Ukraine marked {{1,000 days}} since Russia's full-scale invasion on Tuesday with
    ceremonies in Kyiv and a minute of silence at {{9am}}. President Volodymyr Zelensky,
    {{46}}, told parliament that the war would be decided on the battlefield in {{2025}}.
    Russia now occupies about {{18%}} of Ukraine's territory, including Crimea, annexed in
    {{2014}}. A poll by the Kyiv International Institute of Sociology found that {{63%}} of
    Ukrainians were not ready to give up territory for peace, down from {{87%}} in
    {{May 2022}}. The World Bank put the cost of rebuilding the country at {{$486 billion}} in
    its latest assessment, published in February. Ukraine's economy shrank by {{28.8%}} in
    {{2022}} and grew by {{5.3%}} last year. Air raid sirens have sounded in Kyiv more than
    {{1,300 times}} since {{February 24, 2022}}, according to the city authorities.""",
)
