"""South Sudan and Burundi, with their refugees in Uganda, Tanzania and Rwanda and the
Congolese who fled into Burundi, 2014-2026: sixteen items, two without a figure."""

from _wrap import item

item(
    "Burundians flee as crisis over third term deepens",
    """[[More than 100,000 Burundians|displaced;a=UNHCR]] have fled to neighbouring countries
    since President Pierre Nkurunziza announced in {{April}} that he would seek a {{third term}},
    UNHCR said. Tanzania has received [[about 50,000|displaced;a=UNHCR]], most of them by boat
    across Lake Tanganyika to Kagunga, where [[at least 30 people|killed;a=UNHCR]] have died of
    cholera, the agency said. Rwanda has taken in [[26,300|displaced]] and Congo [[about
    9,000|displaced]]. The Nyarugusu camp in western Tanzania, built for [[50,000
    people|capacity]], now holds [[more than 110,000|displaced;a=camp officials]], camp
    officials said. In Bujumbura, [[at least 20 people|killed;a=rights groups]] have been killed
    in protests and police have arrested [[more than 500 protesters|arrested;a=rights
    groups]], rights groups say.""",
)

item(
    "Buses carry Burundian refugees home from Nduta",
    """A convoy of [[27 buses|other]] carrying [[1,126 Burundian refugees|returned;a=UNHCR]] crossed
    from the Nduta camp in Tanzania to the Mabanda reception centre on Thursday, UNHCR said.
    Since the voluntary repatriation programme began in {{September 2017}}, [[more than
    220,000|returned;a=the agency;alt=UNHCR]] have gone home, the agency says. Tanzania and
    Burundi aim to repatriate [[the remaining 130,000 refugees|returned;p;a=Tanzania and
    Burundi]] by the end of {{2025}}. Nduta, which once held [[more than 125,000
    people|displaced]], is due to close. Human Rights Watch said it had documented [[at least
    18 returnees|arrested;a=Human Rights Watch]] detained by police or members of the ruling
    party's youth league after their return. In Ruyigi, [[some 4,000 households|aid]] received
    shelter kits this year.""",
)

item(
    "Congolese wade across the Rusizi as Bukavu falls",
    """[[More than 40,000 Congolese|displaced;a=UNHCR]] have crossed into Burundi in {{two weeks}}
    since {{M23}} rebels took Bukavu, UNHCR said on {{February 25}}. At the height of the exodus,
    [[between 8,000 and 10,000 people a day|displaced;a=Burundian officials]] came through the
    Gatumba border post or waded across the Rusizi river, Burundian officials said. [[At least
    three people|killed;a=the Red Cross]] drowned in the river and [[a dozen|missing;a=the Red
    Cross]] were swept away, the Red Cross said. The Rugombo stadium, used as a transit site,
    held [[some 30,000|displaced]] at one point. [[Hundreds of Congolese soldiers|combatants]]
    crossed with the civilians and were disarmed by the Burundian army. The interior ministry
    said it had moved [[about 8,000 refugees|displaced;a=The interior ministry]] to the Musenyi
    site in Ruyigi province, which is being prepared for [[25,000 people|capacity;p]].""",
)

item(
    "Opposition members arrested ahead of Burundi vote",
    """Police have arrested [[more than 600 members|arrested;a=the party]] of the opposition
    National Congress for Freedom in the run-up to the {{May 20}} elections, the party said.
    [[Four journalists|arrested]] of the newspaper Iwacu have been in prison since {{October}}.
    [[At least 11 people|killed;a=the UN human rights office]] have been killed in
    election-related violence, the UN human rights office said. [[About 20 party
    offices|housing;u=structure]] have been burned or vandalised since {{January}}. The rights group
    SOS-Torture Burundi said [[12 people|missing;a=SOS-Torture Burundi]] had
    disappeared after being taken away by police or youth league members. [[Dozens of families|displaced]] from Kirundo have crossed into Rwanda
    since the campaign began. UNHCR recorded
    [[about 1,700 new arrivals|displaced;a=UNHCR]] from Burundi in Rwanda and Tanzania in
    {{April}} and {{May}}.""",
)

item(
    "Gunmen attack civilians inside UN base at Malakal",
    """Armed men entered the UN protection of civilians site in Malakal and opened fire on
    residents, killing [[at least 18 people|killed;a=Medecins Sans Frontieres]], among them [[two
    of its staff|killed;a=Medecins Sans Frontieres]], Medecins Sans Frontieres said. [[More than
    90|injured;a=MSF]] were treated for gunshot and machete wounds at the MSF hospital inside the
    base, MSF said. Satellite images showed that [[about 3,700 shelters|housing]] had burned. The
    site held [[about 47,000 people|displaced;a=UNMISS]] before the attack, UNMISS said, and
    [[some 29,000|displaced;a=UNMISS]] fled into the main UN compound during the fighting.
    UNMISS said it had flown in [[300 extra peacekeepers|combatants;a=UNMISS]] from Juba. A UN
    inquiry later found that peacekeepers had been slow to respond.""",
)

item(
    "Juba fighting sends tens of thousands into churches and UN bases",
    """Fighting in Juba between forces loyal to President Salva Kiir and his deputy Riek Machar
    killed [[more than 270 people|killed;a=the health ministry]], the health ministry said. [[About
    36,000 people|displaced;a=UNMISS]] sought shelter in UN compounds, UNMISS said. [[Two
    Chinese peacekeepers|killed]] died when a shell hit their vehicle near the Jebel base. In Kator, [[some 8,000
    people|displaced;a=church officials]] crowded into St Theresa Cathedral and [[about
    2,500|displaced;a=church officials]] into the Holy Trinity church, church officials said.
    "They came with their mattresses and their goats," said a priest. Foreign governments
    evacuated [[hundreds of their nationals|displaced]] by air. [[More than 60,000 South
    Sudanese|displaced;a=UNHCR;n=South Sudanese]] crossed into Uganda in the following {{three weeks}},
    UNHCR said.""",
)

item(
    "Bidibidi becomes one of the world's largest refugee settlements",
    """Bidibidi, opened in {{August 2016}} in Yumbe district, now holds [[more than 270,000
    refugees|displaced;a=Uganda's Office of the Prime Minister]], according to Uganda's Office of
    the Prime Minister. Uganda hosts [[over 1 million South Sudanese|displaced;a=UNHCR;n=South Sudanese]] in all,
    UNHCR says, {{85%}} of them women and children. [[2,000 to 3,000 new arrivals a
    day|displaced]] were still crossing at Kuluba and Oraba in {{March}}. The World Food Programme
    feeds [[1.2m refugees|aid;a=The World Food Programme]] in Uganda but has warned it may cut
    rations. Aid agencies have drilled [[120 boreholes|aid]] in the settlement, and [[42
    primary schools|other]] serve its children. The host communities around Yumbe number
    [[about 500,000 people|civilians;a=district officials]], district officials say.""",
)

item(
    "Renk overwhelmed as people flee Sudan's war",
    """[[More than 1.1 million people|displaced;a=the International Organization for
    Migration]] have crossed from Sudan into South Sudan since {{April 2023}}, according to the
    International Organization for Migration, [[about 800,000|returned;a=the International
    Organization for Migration]] of them South Sudanese returning home. At the peak, [[up to
    2,000 a day|returned]] arrived at the Joda border post. The Renk transit centre, built for
    [[3,000 people|capacity]], holds [[more than 20,000|displaced;a=the agency;alt=the
    International Organization for Migration]], the agency said. [[At least 40 people|killed;
    a=the health ministry]] have died of cholera in Renk since {{October}}, out of [[1,600
    cases|other;a=the health ministry]], the health ministry said. IOM has moved [[more than
    120,000 people|displaced;a=IOM]] onward by boat and bus to Malakal and other towns, it said.
    Across the country, [[9 million people|civilians;a=the UN]] need aid, the UN says.""",
)

item(
    "Thousands cross into Ethiopia after fighting in Nasir",
    """[[About 63,000 people|displaced;a=OCHA]] have fled Nasir and Ulang counties since
    fighting broke out in {{March}}, [[some 10,000|displaced;a=OCHA]] of them across the border
    into Ethiopia's Gambella region, OCHA said. Local officials estimated that [[between 5,000
    and 6,000 armed youths|combatants;a=Local officials]] of the White Army had massed around
    the Nasir garrison before it fell. The army said [[27 soldiers|killed;a=The army]] had been
    killed, including the garrison commander. Government airstrikes on villages along the
    Sobat river killed [[at least 21 civilians|killed;a=county officials]], county officials
    said. Uganda deployed [[several hundred soldiers|combatants]] to Juba. The authorities have
    since detained [[more than 20 officials|arrested;a=the party]] of the opposition SPLM-IO,
    the party says.""",
)

item(
    "Villages burned and emptied around Yei",
    """Soldiers have killed [[more than 100 civilians|killed;a=the UN human rights office]] around
    Yei since {{July}}, the UN human rights office said, and [[about 60 villages|other;a=the UN
    human rights office]] have been burned. [[Tens of thousands|displaced]] have fled to Uganda
    and Congo. Yei town, once home to [[about 300,000 people|civilians;a=local officials]], now
    has [[fewer than 50,000|civilians;a=local officials]], local officials say. Bishop Erkolano
    Lodu Tombe said [[five churches|capacity;a=Bishop Erkolano Lodu Tombe]] in the town were
    sheltering [[around 6,000 displaced|displaced;a=Bishop Erkolano Lodu Tombe]]. "The roads
    are closed, the farms are empty," he said.""",
)

item(
    "Raids in Jonglei and Pibor leave hundreds dead, women and children abducted",
    """Armed youths from Jonglei attacked Murle villages in the Greater Pibor Administrative Area,
    killing [[at least 287 people|killed;a=local officials]], local officials said. The raiders
    abducted [[hundreds of women and children|kidnapped;a=the UN;n=women and children]] and drove
    off [[tens of thousands of cattle|other;a=the UN]], the UN said. [[About 60,000
    people|displaced]] fled to Pibor town and the bush, and [[about 150 homes|housing]] were
    burned. UNMISS said that [[roughly 3,000 armed youths|combatants;a=UNMISS]] had taken part.
    After talks brokered by churches, [[57 of the abducted women and children|kidnapped;n=women
    and children]] were handed back in {{June}}.""",
)

item(
    "First unified soldiers graduate under South Sudan peace deal",
    """[[About 21,000 soldiers|combatants;a=the army]] graduated in Juba on {{August 30}}, the army
    said, the first batch of the [[83,000 unified forces|combatants;p;a=the army]] required under the
    peace agreement of {{2018}}. Before the ceremony, [[more than 50,000 fighters|combatants;
    a=the ceasefire monitors]] had waited for years in [[35 cantonment sites|other;a=the
    ceasefire monitors]], according to the ceasefire monitors. [[Dozens|killed;a=the ceasefire monitors]] died of
    hunger and disease in the sites, they said, and [[hundreds|other;a=the ceasefire monitors]] deserted. The
    peace monitoring body said the next batch would not train before {{2023}}.""",
)

item(
    "Tambura: displaced shelter in cathedral as fighting rages",
    """Fighting between Azande and Balanda militias around Tambura has killed [[at least 140
    people|killed;a=UNMISS]] since {{June}}, UNMISS said, and displaced [[about 80,000|displaced;
    a=UNMISS]]. Bishop Eduardo Hiiboro Kussala said [[more than 4,000 people|displaced;a=Bishop
    Eduardo Hiiboro Kussala]] were sleeping in the cathedral compound in Tambura and in [[two
    parish schools|capacity;a=Bishop Eduardo Hiiboro Kussala]]. [[Some 11,000|displaced]] are
    camped around the UN base, where UNMISS has deployed [[about 150 peacekeepers|combatants]].
    [[Hundreds of homes|housing]] have been burned in Tambura town. [[Five women|kidnapped;a=a
    local women's group]] were abducted on the road to Source Yubu last week, a local women's
    group said.""",
)

item(
    "Burundian refugees in Mahama start going home",
    """A first group of [[492 refugees|returned;a=UNHCR]] left the Mahama camp in Rwanda for
    Burundi on {{August 27}}, UNHCR said. [[More than 30,000|returned;a=UNHCR]] have gone home from
    Rwanda since, it said, while Mahama still hosts [[about 40,000 Burundians|displaced;a=UNHCR]].
    Burundi's government expects [[some 60,000 more|returned;p;n=-;a=Burundi's government]] to
    return from Rwanda and Tanzania this year, and says it has built [[1,200 houses|housing;
    a=Burundi's government]] for returnees in Kirundo. [[5,400 households|aid]] received seeds and
    tools in the spring. The rights group Ligue Iteka said [[at least nine returnees|missing;a=Ligue Iteka]] had disappeared after arriving.""",
)

item(
    "South Sudan delays elections again, to December 2026",
    """South Sudan's leaders have postponed the country's first elections since independence in
    {{2011}} to {{December 2026}}, extending the transitional period by {{two years}}, the
    presidency said on {{September 13}}. The vote had been set for {{December 2024}} under the
    revitalised peace agreement of {{September 2018}}. The election commission had asked for
    {{$300 million}}, of which the finance ministry has released under {{10%}}. It is the
    {{second}} delay since {{2022}}.""",
)

item(
    "Ten years on, Burundi's 2015 crisis still shapes its politics",
    """On {{April 26, 2015}}, protesters took to the streets of Bujumbura against President
    Pierre Nkurunziza's bid for a {{third term}}. A coup attempt followed on {{May 13}}, and the
    president was re-elected in {{July}}. He died in {{June 2020}}, aged {{55}}, after {{15 years}} in
    power. A constitutional referendum in {{2018}} allowed his successors {{seven-year}} terms.
    Exiled opposition leaders marked the {{tenth}} anniversary in Brussels.""",
)
