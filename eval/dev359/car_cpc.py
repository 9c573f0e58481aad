"""The CPC rebellion and after, 2020-2024: the offensive on the eve of the elections, the attack
on Bangui, the flight into Congo, Wagner's instructors and the abuses laid at their door,
Boyo and Aigbado, the mining sites, the Special Criminal Court and disarmament."""

from _wrap import item

item(
    "Rebel coalition seizes towns ahead of Central African vote",
    """BANGUI, {{Dec 23}} (Reuters) - Fighters of the Coalition of Patriots for Change (CPC)
    have seized [[at least five towns|other;a=the government]] on the main roads into Bangui
    in the past week, the government said on Wednesday, four days before presidential and
    legislative elections. Analysts put the coalition's strength at
    [[between 1,000 and 1,500 fighters|combatants;a=Analysts]]. [[Three Burundian peacekeepers|killed;a=MINUSCA]]
    were killed and [[two|injured;a=MINUSCA]] wounded near Dekoa, MINUSCA said. Russia said it
    had sent [[300 military instructors|combatants;a=Russia]] at the government's request,
    and Rwanda flew in [[several hundred troops|combatants]] under a bilateral accord.
    [[About 55,000 people|displaced;a=OCHA]] have fled their homes since {{Dec 15}}, according
    to OCHA. The rebels are loyal to former president Francois Bozize, whose candidacy was
    rejected by the constitutional court.""",
)

item(
    "Attack on Bangui repelled, government says 30 rebels dead",
    """BANGUI, {{Jan 13}} (AFP) - Security forces and UN peacekeepers repelled a dawn attack on
    the outskirts of Bangui on Wednesday, killing [[30 rebels|killed;a=the government]], the
    government said. [[One Rwandan peacekeeper|killed;a=MINUSCA]] was killed, MINUSCA said,
    bringing to [[seven|killed;a=MINUSCA]] the number of blue helmets killed since the
    offensive began in December. The attackers, [[some 200 men|combatants;a=police]] according
    to police, came from {{PK12}} and Bimbo. [[Between 15 and 20 civilians|injured;a=doctors at the Community Hospital]]
    were treated for bullet wounds, doctors at the Community Hospital said. Police said
    [[five suspects|arrested;a=Police]] had been detained. Shops in the centre stayed shut until
    {{midday}}.""",
)

item(
    "Refugees pour into Congo's Nord-Ubangi after election violence",
    """GENEVA, {{Jan 22}} (Reuters) - [[About 92,000 people|displaced;a=UNHCR]] have fled the
    Central African Republic into the Democratic Republic of Congo since the elections, UNHCR
    said on Friday, most of them crossing the Ubangi river to Ndu, Yakoma and Mobayi-Mbongo. On
    some days [[up to 6,000 people a day|displaced;a=the agency;alt=UNHCR]] arrived in dugouts,
    the agency said. [[About 13,000|displaced;a=the agency;alt=UNHCR]] more have reached Cameroon,
    [[7,000|displaced;a=the agency;alt=UNHCR]] Chad and [[several hundred|displaced;a=the agency;alt=UNHCR]]
    the Republic of Congo, the agency added. UNHCR plans to open [[two new camps|capacity;p;a=UNHCR]] in Nord-Ubangi. Inside the
    country, [[more than 120,000 people|displaced;a=OCHA]] remain displaced by the fighting,
    OCHA said. Aid workers said [[45 villages|other;a=Aid workers]] around Bangassou had been
    emptied.""",
)

item(
    "UN report details abuses by Russian instructors and troops",
    """BANGUI - MINUSCA's human rights division documented
    [[228 violations|other;u=other;a=MINUSCA's human rights division]] by state forces and their
    Russian allies between January and June, it said in a report released on Thursday. They
    included the killing of [[at least 64 civilians|killed;a=the division;alt=MINUSCA's human rights division]]
    in the Ouaka and Nana-Grebizi prefectures and the arbitrary detention of
    [[23 people|arrested;a=the division;alt=MINUSCA's human rights division]], the division said. It also recorded the
    torture of [[14 detainees|other;a=MINUSCA's human rights division]]. The report said
    [[nine men|missing;a=The report]] taken away by soldiers near Bambari had not been seen
    since. The government rejected the findings. Moscow says its
    [[1,135 instructors|combatants;a=Moscow]] are unarmed.""",
)

item(
    "Civilians killed in Aigbado and Yanga as army and allies advance",
    """BRIA, {{Jan 25}} - [[At least 65 civilians|killed;a=MINUSCA]] were killed in attacks on
    the villages of Aigbado and Yanga, north of Bria, on {{Jan 16}} and {{Jan 17}}, MINUSCA said
    on Tuesday. The mission said the attackers, [[50 to 70 armed men|combatants;a=The mission;alt=MINUSCA]],
    were soldiers and their Russian allies, a charge the government denied.
    [[More than 30|missing;a=relatives]] are still missing, relatives said. [[About 1,500 people|displaced;a=UNHCR]]
    fled to Bria, where UNHCR registered them at the {{PK3}} site. Residents said
    [[dozens of houses|housing;a=Residents]] were burned and [[some 300 cattle|other]] taken.""",
)

item(
    "In Boyo, Muslims held for weeks at the mosque",
    """BOYO - Anti-balaka fighters allied to the army killed [[at least 20 civilians|killed;a=the UN]]
    in Boyo in early December, the UN said in a report, and held
    [[more than 600 Muslims|civilians;a=the UN]] inside the town for weeks. [[Five women|other;a=the report]]
    were raped and [[547 houses|housing;a=the report]] burned, the report found. Among those held,
    [[22 men|kidnapped]] were kept hostage in a school and freed only when peacekeepers arrived
    on {{Jan 3}}. [[About 700 people|displaced;a=local officials]] later fled to Bambari and
    Tagbara, local officials said. MINUSCA has deployed [[about 120 troops|combatants]] in the
    town.""",
)

item(
    "Nine Chinese miners killed at gold site near Bambari",
    """BANGUI, {{March 19}} (Reuters) - Gunmen killed [[nine Chinese nationals|killed;a=the mayor of Bambari]]
    and wounded [[two|injured;a=the mayor of Bambari]] at a gold mine at Chimbolo, about
    {{25 km}} from Bambari, early on Sunday, the mayor of Bambari said. The attack came days
    after [[three Chinese workers|kidnapped]] were abducted near Bozoum in the west. The
    government said it had arrested [[two suspects|arrested;a=The government]] and accused
    the CPC; the rebels denied it. The Chinese embassy said it was evacuating
    [[some 40 nationals|displaced;a=The Chinese embassy]] from mining areas. The site employs
    [[about 350 workers|other;a=local officials]], local officials said.""",
)

item(
    "Sudanese refugees arrive in Vakaga as war spreads to Darfur",
    """BIRAO - [[More than 13,000 Sudanese refugees|displaced;a=UNHCR]] have reached the
    Vakaga prefecture since fighting broke out in Sudan in {{April}}, UNHCR said, along with
    [[some 6,000 Central Africans|returned;a=UNHCR]] who had lived in Darfur for years.
    [[About 80 a day|displaced;a=UNHCR]] are still arriving at Am Dafok, the agency said, most
    of them women and children. UNHCR has relocated [[2,000 refugees|displaced]] to the new
    Korsi camp near Birao, which was laid out for [[10,000|capacity]]. The WFP said it was
    feeding [[11,500 people|aid;a=The WFP]] but that the road from Bangui, {{800 km}} away, is
    closed for {{six months}} of the year.""",
)

item(
    "Bus passengers seized on road to Cameroon border",
    """BOUAR - Armed men stopped a bus on the road between Bouar and Baboua on Tuesday and seized
    [[11 passengers|kidnapped;a=the prefect]], the prefect said. Soldiers freed
    [[eight|kidnapped;a=the army]] of them the next day, the army said, but
    [[three|missing;a=the army]] are still missing. The bodies of
    [[two hostages|killed;a=police]] were found near Niem, police said. The bus was carrying [[about 40 passengers|other]]. Police have arrested
    [[four suspects|arrested;a=Police]], whom they described as former members of the {{3R}}
    group. About {{70%}} of the trucks bound for Douala now travel in army convoys.""",
)

item(
    "UPC and 3R fighters hand in weapons as groups quit coalition",
    """BAMBARI - [[About 2,100 fighters|combatants;a=the government]] of the UPC and the {{3R}}
    have been disarmed since the two groups announced in {{July}} that they were leaving the CPC,
    the government said on Monday. They handed in [[1,300 weapons|other;a=the DDR commission]]
    and [[some 40,000 rounds|other;a=the DDR commission]] of ammunition, according to the DDR
    commission. In Bambari alone, [[between 200 and 300 fighters|combatants]] assembled at the
    airfield. The government plans to integrate [[500 ex-combatants|combatants;p;a=The government]]
    into the army. The World Bank-funded programme has distributed
    [[1,900 reinsertion kits|aid;a=the commission;alt=the DDR commission]], the commission
    said.""",
)

item(
    "Special Criminal Court orders arrest of militia commanders",
    """BANGUI - The Special Criminal Court has [[26 people|arrested;a=The court;alt=The Special Criminal Court]]
    in pre-trial detention, the court said on Friday, after police detained
    [[nine suspects|arrested]] over the Guen massacre, in which
    [[at least 72 people|killed;a=prosecutors]] were killed in {{2014}}, according to
    prosecutors. The court, set up in {{2015}}, has issued [[25 arrest warrants|other;u=other]] that
    have yet to be executed. It has convicted [[17 defendants|other]] so far, and
    [[about 1,200 victims|other;a=the court]] have registered as civil parties, the court
    said. The trial chamber sits with national and
    international judges.""",
)

item(
    "Russia's Africa Corps takes over from Wagner in Bangui",
    """BANGUI - Russia's Africa Corps has taken over Wagner's contracts in the Central African
    Republic, with [[about 1,500 personnel|combatants;a=Western diplomats]] in the country,
    Western diplomats said. Wagner had as many as [[2,600 men|combatants;q=at_most;a=the UN]]
    there in {{2022}}, according to the UN. The army, which counts
    [[about 9,000 soldiers|combatants;a=The army]], said it would graduate
    [[600 more recruits|combatants;p;a=The army]] trained by Russian and Rwandan
    instructors by December. [[Some 2,000 Rwandan troops|combatants]] guard Bangui and the
    road to Cameroon. MINUSCA said it had [[about 14,000 uniformed personnel|combatants;a=MINUSCA]],
    down from [[14,400|combatants;a=MINUSCA]] a year ago.""",
)

item(
    "Bossangoa families go home as displacement sites close",
    """BOSSANGOA - [[Some 3,000 families|returned;a=the town hall]] have returned to their
    villages around Bossangoa this year, the town hall said, and
    [[ten displacement sites|capacity;a=the town hall]] have closed. UN-Habitat said it had
    rebuilt [[about 1,600 houses|housing;a=UN-Habitat]] and handed out
    [[700 shelter kits|aid;a=UN-Habitat]]. [[About 4,000 people|displaced;a=OCHA]] remain at the
    Liberte site, OCHA said, most of them from villages near the Chadian border that armed men
    still raid. [[Two returnees|killed]] were shot dead near Benzambe in March. "We have
    [[no more than 300 hoes|aid;u=other;a=a Caritas official]] for [[2,000 households|aid;a=a Caritas official]],"
    said a Caritas official.""",
)

item(
    "Investigators exhume bodies from mass graves near Bossangoa",
    """BANGUI - UN investigators have exhumed [[12 bodies|killed;a=the prosecutor]] from
    [[two mass graves|other;u=other;a=the prosecutor]] near Bossangoa, the prosecutor of the
    Special Criminal Court said. Families in the area have reported
    [[about 40 men|missing;a=Families]] missing since soldiers and Russian instructors swept the
    area in {{2021}}. The prosecutor said [[a further 18 graves|other;u=other;p]] could be
    opened once the rains end. [[Three of the bodies|killed]] have been identified. Forensic experts from Portugal and Argentina are assisting. A
    {{62-year-old}} farmer said his [[three sons|missing;a=A 62-year-old farmer]] had been taken from their fields on
    {{June 4}}.""",
)

item(
    "Touadera declared winner with 53.9 percent",
    """BANGUI - President Faustin-Archange Touadera won re-election with {{53.9%}} of the vote,
    the National Elections Authority said on {{Jan 4}}, avoiding a run-off. Anicet-Georges
    Dologuele came {{second}} with {{21.7%}}. Turnout was {{35.3%}}, the authority said, after
    rebels blocked voting in large parts of the country on {{Dec 27}}. The opposition has
    {{eight days}} to challenge the result in the constitutional court. Touadera, {{63}}, a
    former mathematics professor, was first elected in {{2016}}.""",
)

item(
    "Russian-linked firms win gold and timber permits",
    """BANGUI - Companies linked to the Wagner group have been granted mining permits over
    {{187 square km}} near Ndassima since {{2019}}, according to a report by The Sentry, and
    a timber concession in the Lobaye worth an estimated {{$1.1 billion}}. The report said
    exports from the concession rose {{40%}} in {{2023}}. Gold production at Ndassima reached
    {{1.2 tonnes}} in the {{12 months}} to {{March 2024}}, it said. The government says
    the permits were granted under the {{2009}} mining code.""",
)
