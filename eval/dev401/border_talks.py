"""Across the borders and after: Mozambicans who fled to Malawi, Eswatini, South Africa and
Zimbabwe, the aid they received and their return, and the talks and amnesty of 2025."""

from _wrap import item

item(
    "Mozambicans flee into Malawi's Nsanje district",
    """[[More than 2,000 Mozambicans|displaced;a=Malawi's Department of Disaster Management Affairs
    (DoDMA)]] have crossed into Malawi's Nsanje district since {{December 24}}, fleeing violence
    in Zambézia's Morrumbala and Mopeia districts, Malawi's Department of Disaster Management
    Affairs (DoDMA) said. The department said the arrivals were sheltering in
    [[three primary schools|capacity;a=The department;alt=Malawi's Department of Disaster
    Management Affairs (DoDMA)]] and [[two churches|capacity;a=The department;alt=Malawi's
    Department of Disaster Management Affairs (DoDMA);u=structure]] near the border.
    [[About 1,200 of them|displaced;a=Malawi's Department of Disaster Management Affairs
    (DoDMA);n=-]] are children, it said. Nsanje's district commissioner, Dominic Mwandira, said
    [[another 500|displaced;a=Dominic Mwandira;p]] were expected by the weekend. The Malawi Red
    Cross registered [[430 households|displaced;a=The Malawi Red Cross]] in the first week. The
    district, one of Malawi's poorest, has [[about 300,000 residents|civilians]].""",
)

item(
    "UNHCR counts 13,000 Mozambican asylum seekers in Malawi",
    """UNHCR said on {{January 10}} that [[some 13,000 Mozambicans|displaced;a=UNHCR]] had sought
    safety in Malawi since the post-election violence began, {{70%}} of them women and children.
    The agency said [[about 9,000|displaced;a=The agency;alt=UNHCR]] were in Nsanje,
    [[2,500|displaced;a=The agency;alt=UNHCR]] in Chikwawa and the rest in Mulanje. They are
    spread across [[11 schools and churches|capacity;n=schools and churches;u=structure]] and
    live with host families. UNHCR plans to move [[up to 8,000 people|displaced;a=UNHCR;p]] to a
    site at Bangula with space for [[10,000|capacity;a=UNHCR]]. Its representative in Malawi,
    Valentin Tapsoba, said [[dozens of children|missing;a=Valentin Tapsoba]] had been separated
    from their families in the crossing. The agency appealed for {{$7.4 million}}.""",
)

item(
    "Malawi Red Cross feeds thousands at border sites",
    """The Malawi Red Cross Society said on {{January 14}} that it was serving hot meals to
    [[about 6,500 people|aid;a=The Malawi Red Cross Society]] a day at sites in Nsanje. It has
    handed out [[2,100 food parcels|aid;a=The Malawi Red Cross Society]],
    [[900 tarpaulins|aid;a=The Malawi Red Cross Society]] and
    [[1,400 sleeping mats|aid;a=The Malawi Red Cross Society;u=other]], and has dug
    [[60 latrines|aid;a=The Malawi Red Cross Society]]. [[Some 120 volunteers|other]] work in
    shifts at the sites. The society's secretary general, Mayeso Kalimba, said it would need food
    for [[another 3,000 households|aid;a=Mayeso Kalimba;p]] by {{February}} if arrivals continued at
    the current rate of [[300 to 400 people a day|displaced;a=Mayeso Kalimba]].""",
)

item(
    "Nsanje hospital treats Mozambicans for gunshot wounds",
    """Nsanje District Hospital has treated [[47 Mozambicans|injured;a=Dr Chikondi Banda]] for
    gunshot wounds since {{late December}}, its medical officer, Dr Chikondi Banda, said.
    [[Three|killed;a=Dr Chikondi Banda]] died of their injuries and
    [[11|injured;a=Dr Chikondi Banda]] were referred to Queen Elizabeth Central Hospital in
    Blantyre, he said. Most told staff they had been shot by police in Morrumbala,
    {{40 kilometres}} away. Malawi's health ministry said it had sent
    [[two extra surgical teams|other;a=Malawi's health ministry;u=other]] to the district. UNICEF
    said [[at least 64 unaccompanied children|missing;a=UNICEF]] had been registered among the
    arrivals and that [[23|returned;a=UNICEF]] had been reunited with their families in
    Mozambique.""",
)

item(
    "Eswatini shelters Mozambicans at Lomahasha, sends some back",
    """Eswatini is sheltering [[about 280 Mozambicans|displaced;a=government spokesperson Alpheous
    Nxumalo]] in a community hall at the Lomahasha border post, government spokesperson Alpheous
    Nxumalo said on {{December 30}}. Nxumalo said the hall was meant for
    [[no more than 150 people|capacity;a=Nxumalo]] and that [[two more halls|capacity;a=Nxumalo;u=structure;p]]
    would be opened. He said [[64 people|returned;a=Nxumalo]] who had no claim to asylum had been
    sent back across the border and [[19|arrested;a=Nxumalo]] were held for entering illegally.
    The Baphalali Eswatini Red Cross Society said it had delivered
    [[500 blankets|aid;a=The Baphalali Eswatini Red Cross Society]] and
    [[300 food packs|aid;a=The Baphalali Eswatini Red Cross Society]]. Eswatini's security forces
    deployed [[about 100 soldiers|combatants]] along the {{105-kilometre}} border.""",
)

item(
    "Malawi moves asylum seekers from schools to Bangula site",
    """Malawian authorities began moving Mozambican asylum seekers out of schools in Nsanje on
    {{January 27}} so that [[eight schools|other;a=district officials]] could reopen for the new
    term, district officials said. UNHCR said [[2,340 people|displaced;a=UNHCR]] were moved by bus
    to the new Bangula site in the first {{three days}}. The site has
    [[450 family tents|capacity;a=the agency;alt=UNHCR]] and can take [[up to 12,000 people|capacity;a=the agency;alt=UNHCR]],
    the agency said. [[About 600 households|displaced]] chose to stay with relatives in border
    villages instead. The World Food Programme said it would provide monthly rations to
    [[3,800 households|aid;a=The World Food Programme;p]] at the site. [[Four boreholes|aid]] have
    been drilled and [[120 latrines|aid]] built.""",
)

item(
    "First Mozambicans go home from Malawi as calm returns",
    """[[The first 312 Mozambicans|returned;a=UNHCR]] to leave Malawi's Bangula site under a
    voluntary return programme crossed back into Zambézia province on {{February 20}}, UNHCR said.
    They travelled in [[eight buses|other]] escorted by [[some 30 Malawian police officers|combatants]] to the
    Marka border post. UNHCR said [[about 1,500 more|returned;a=UNHCR;p;n=-]] had signed up to go
    back by the end of {{March}}, and that [[some 4,000|returned;a=UNHCR]] had already gone home
    on their own. Each returning family receives a kit of seeds and tools and a cash grant of
    {{$60}}. The agency said [[about 7,200 people|displaced;a=The agency;alt=UNHCR]] remained at
    Bangula. Mozambique's INGD said it would provide
    [[600 shelter kits|aid;a=Mozambique's INGD;p]] to returnees whose homes had been burned.""",
)

item(
    "Malawi arrests armed Mozambicans and jailbreak fugitives near border",
    """Malawi police said on {{January 30}} they had arrested
    [[14 Mozambicans|arrested;a=Malawi police]] in Mwanza and Neno districts, among them
    [[five escapees|arrested;a=Malawi police]] from Maputo's central prison. Police seized
    [[three assault rifles|other;a=spokesperson Peter Kalaya]] and [[one pistol|other;u=other;a=spokesperson Peter Kalaya]], spokesperson Peter Kalaya said. The
    Malawi Defence Force said it had deployed [[about 700 soldiers|combatants;a=The Malawi Defence
    Force]] along the border with Tete and Zambézia. [[Two Malawian traders|kidnapped;a=their
    families]] abducted by armed men near Zóbuè were freed after their families paid a ransom,
    their families said. The police said [[seven of those held|returned;a=The police;p;n=-]] would
    be handed over to Mozambique.""",
)

item(
    "Chapo and Mondlane meet, agree to end violence",
    """President Daniel Chapo and Venâncio Mondlane met for the first time on {{March 23}} and
    agreed to work to end the violence that followed the {{October 2024}} election. In a joint
    statement they said the victims would be assisted, without giving numbers. Plataforma Decide
    said that by then [[about 360 people|killed;a=Plataforma Decide]] had been killed and
    [[more than 4,000|arrested;a=Plataforma Decide]] detained. Mondlane said
    [[about 1,700 of his supporters|arrested;a=Mondlane]] were still in prison and should be freed.
    UNHCR said [[some 6,000 Mozambicans|displaced;a=UNHCR]] were still in Malawi and that it
    expected [[about 4,000 of them|returned;a=UNHCR;p;n=-]] to go home by
    {{June}}. Human Rights Watch said [[dozens of people|missing;a=Human Rights Watch]] taken by police
    had not been seen since.""",
)

item(
    "Parliament passes amnesty for post-election offences",
    """Mozambique's parliament on {{April 30}} passed an amnesty for crimes committed during the
    post-election demonstrations, which the justice ministry said would free
    [[about 2,000 detainees|arrested;a=the justice ministry;p]]. The law excludes murder and the
    [[more than 600 prisoners|other;a=the ministry;alt=the justice ministry]] still at large after
    the Christmas jailbreak, the ministry said. Podemos said
    [[at least 300 of its members|arrested;a=Podemos]] would benefit. Human Rights Watch said the
    law must not shield the police officers responsible for
    the killing of [[hundreds of protesters|killed;a=Human Rights Watch]]. Justice Minister Mateus
    Saize said [[1,340|arrested;a=Justice Minister Mateus Saize;p]] would be released in the first
    week. Plataforma Decide said [[at least 411 people|killed;a=Plataforma Decide]] had died since
    {{October}}. The vote was {{171-0}}, with Podemos abstaining.""",
)

item(
    "Trucks stranded at Zóbuè as Tete border reopens",
    """Mozambique reopened the Zóbuè border post with Malawi on {{January 8}} after protesters
    lifted a {{nine-day}} blockade, leaving [[about 800 trucks|other;a=Malawi's revenue
    authority]] to clear, Malawi's revenue authority said. [[Some 350 Mozambicans|displaced;a=Mwanza
    district officials]] who had fled to Mwanza during the blockade were sheltering in
    [[three mosques|capacity]], Mwanza district
    officials said. The officials said [[about 200|returned;a=The officials;alt=Mwanza district
    officials]] had already gone back. In Moatize, police said
    [[three protesters|killed;a=police]] were killed when the blockade was cleared and
    [[22 people|arrested;a=police]] detained.""",
)

item(
    "South Africa deports Mozambicans caught crossing the fence",
    """South Africa deported [[417 Mozambicans|returned;a=the Department of Home Affairs]] through
    the Lebombo border post in {{January}}, most of them people who crossed the fence to escape the
    unrest, the Department of Home Affairs said. The Border Management Authority said it had
    intercepted [[more than 1,900 people|arrested;a=The Border Management Authority]] trying to
    enter illegally from Mozambique since {{November}}. [[About 40|displaced;a=lawyers for the
    group]] had applied for asylum, lawyers for the group said. The SANDF kept
    [[about 400 soldiers|combatants]] on the border. Home Affairs said
    [[about 3,000 more|returned;a=Home Affairs;p;n=-]] were awaiting deportation at the Lindela
    repatriation centre. Truck queues at Lebombo,
    which reached [[about 2,000 trucks|other]] at their peak in {{December}}, had cleared by
    {{mid-January}}.""",
)

item(
    "Nsanje host villages strained by arrivals",
    """Villages along the Shire river in Nsanje have taken in
    [[several thousand Mozambicans|displaced;a=local chiefs]], local chiefs said, and food is
    running short. Senior Chief Tengani said [[about 4,000 families|civilians;a=Senior Chief
    Tengani]] in his area had shared their maize with the newcomers. The district council said
    [[between 15,000 and 18,000 villagers|civilians;a=The district council]] would need food aid until the
    {{April}} harvest. WFP said it would add [[5,000 host households|aid;a=WFP;p]] to its
    distributions. The arrivals also brought [[hundreds of goats|other]] and cattle across the
    river, straining grazing land. [[Two boys|killed]] drowned when a canoe capsized during a
    night crossing. Fishermen said [[about 40 canoes|other;a=Fishermen;u=other]] now ferry people
    across each night.""",
)

item(
    "Thousands still in Malawi as aid dwindles",
    """[[About 5,400 Mozambicans|displaced;a=UNHCR]] remained at the Bangula site in {{May}},
    UNHCR said, after [[more than 6,000|returned;a=UNHCR]] had gone home since {{February}}. The
    agency said its Malawi appeal was only {{32%}} funded and that food rations had been cut to
    {{half}}. Site leaders said [[some 90 children|other;a=Site leaders]] were out of school.
    [[Around 1,100 households|aid;a=WFP]] will receive cash transfers from {{June}} instead of
    maize, WFP said. UNHCR expects [[up to 2,000 people|displaced;a=UNHCR;p]] to stay through the
    rainy season, mostly from Morrumbala, where [[about 300 homes|housing;a=local officials]] were
    burned, local officials said.""",
)

item(
    "Chapo signs pact with parties on constitutional reform",
    """President Daniel Chapo signed a political commitment with the parties in parliament on
    {{March 5}}, opening talks on changes to the {{2004}} constitution. The accord gives a
    commission {{two years}} to draft amendments, with a referendum planned for {{2026}}. It
    covers {{Article 147}}, on the election of provincial governors, and the electoral laws of
    {{2018}}. Venâncio Mondlane, who was not invited, called it a pact among the elite. The
    commission is to report within {{90 days}} on the electoral law.""",
)

item(
    "Malawi's traders count losses from closed border",
    """Malawian exporters lost about {{$3 million}} a week while the main crossings with
    Mozambique were closed in {{December}} and {{January}}, the Malawi Confederation of Chambers
    of Commerce and Industry said. Fuel prices in Blantyre rose {{18%}} as supplies from the port
    of Beira slowed. The Nacala corridor, Malawi's shortest route to the sea at about
    {{800 kilometres}}, was shut for {{nine days}}. The Reserve Bank of Malawi held its rate at
    {{26%}} on {{January 29}}.""",
)
