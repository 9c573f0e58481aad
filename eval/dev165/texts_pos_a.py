"""dev165 positives (1 of 3): Sudan, Ukraine, Congo, Gaza, Burkina Faso, Nigeria, New Caledonia, Haiti, Mozambique, Myanmar and South African troops in Congo (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Newsday: Shells hit the maternity ward of El Fasher's last working hospital",
        "This is the BBC World Service, and I'm Julian Marr. Now to Sudan, where "
        "doctors say shells have struck the maternity ward of the last functioning "
        "hospital in El Fasher. At least nine patients were killed on Saturday "
        "morning, two of them newborn babies. Medics blame the paramilitary Rapid "
        "Support Forces, which have encircled the city since the spring. El Fasher "
        "is the army's last major foothold in Darfur. Our Africa correspondent "
        'reached one of the doctors by phone. "We were in the middle of a '
        'caesarean when the first shell came through the roof," he told us. "We '
        "carried the mothers into the corridor, but there is no safe room left in "
        'this building." The United Nations says food inside the city is running '
        "out and that no aid lorry has got through for weeks. Tens of thousands of "
        "people have walked to Tawila, about sixty kilometres to the west, carrying "
        "whatever they could. The RSF denies targeting civilians and accuses the "
        "army of using the hospital as a base.",
        "E V H D",
        "hospital shelling",
    ),
    (
        "NPR News: Russia pounds Kyiv overnight; stocks end mixed; heat builds in the Plains",
        "Live from NPR News in Washington, I'm Dale Whitcomb. Russia has launched "
        "one of the heaviest air attacks of the war on the Ukrainian capital. "
        "Officials in Kyiv say at least fourteen people were killed overnight and "
        "more than forty injured. Ukraine's air force says Russia fired close to "
        "five hundred drones and some forty missiles at targets across the country. "
        "NPR's Hanna Petrenko reports from Kyiv. Sirens began just after one in the "
        "morning, and for hours the city shook with explosions. Part of a "
        "nine-story apartment building in the west of the city collapsed, and "
        "rescuers were still digging through the rubble at daybreak. People who "
        "spent the night on metro platforms came up to find their streets covered "
        "in broken glass. Hanna Petrenko, NPR News, Kyiv. On Wall Street, stocks "
        "ended mixed after a choppy session, with the Dow down about eighty points "
        "and the Nasdaq slightly higher. And forecasters say a heat wave building "
        "over the central US could push temperatures past one hundred degrees in "
        "parts of Kansas and Missouri by the weekend. You're listening to NPR News.",
        "E",
        "drone and missile attack",
    ),
    (
        "DW News: Merz rules out AfD deal; M23 rebels enter Bukavu; Bayern go eight clear",
        "This is DW News, I'm Carla Brandt in Berlin. With less than two weeks to "
        "go before Germany's snap election, the conservative candidate Friedrich "
        "Merz has again ruled out working with the far-right AfD. He told a rally "
        'in Hesse that his party would not open the door "even a crack". Now to '
        "the Democratic Republic of Congo, where M23 rebels backed by Rwanda have "
        "entered Bukavu, the second-largest city in the country's east. Residents "
        "say fighters walked into the city centre on Sunday after government troops "
        "and their allies pulled back. There were bursts of gunfire through the "
        "night and looting at the lake port. Aid groups say thousands of people are "
        "fleeing south towards Uvira or across the border into Burundi. The World "
        "Food Programme says it has had to suspend distributions in South Kivu. "
        "Kinshasa calls the advance an open violation of its sovereignty. In "
        "football, Bayern Munich are now eight points clear at the top of the "
        "Bundesliga after a three-nil win over Werder Bremen. You're watching DW "
        "News.",
        "B D H",
        "rebel offensive",
    ),
    (
        "Al Jazeera: Israeli strikes hit tents in al-Mawasi, a zone it had declared safe",
        "Israeli air strikes have hit tents sheltering displaced families in "
        "al-Mawasi, an area the Israeli military itself designated as a "
        "humanitarian zone. Health officials in Gaza say at least twenty-two people "
        "were killed, many of them women and children. Our correspondent Yousef "
        "al-Masri is in nearby Khan Younis. The strikes came just after midnight, "
        "when most families were asleep. Witnesses say at least two missiles landed "
        "on a cluster of tents close to the shore and left craters several metres "
        "deep. The Nasser Medical Complex says it is overwhelmed, and some of the "
        "wounded are being treated on the floor of the emergency department. Many "
        "of the people in al-Mawasi have been displaced three or four times since "
        "the war began. They came here because they were told it was safe. The "
        "Israeli army says it targeted Hamas commanders operating from the area, "
        "but it has not provided evidence. The United Nations estimates that nine "
        "in ten people in Gaza have now been forced from their homes at least once.",
        "E V D H",
        "airstrike",
    ),
    (
        "RFI Africa: JNIM fighters attack army base in Djibo; Senegal to review oil contracts",
        "You're listening to RFI, it's eleven o'clock in Paris, nine o'clock in "
        "Dakar. Our top story: fighters from the al-Qaeda-linked group JNIM have "
        "attacked the town of Djibo in northern Burkina Faso. Security sources tell "
        "RFI the assault began at dawn on Sunday and targeted the army base and a "
        "camp of the Volunteers for the Defence of the Homeland, the civilian "
        "auxiliaries who fight alongside the army. The fighting lasted several "
        "hours. JNIM says it overran the base, a claim the authorities in "
        "Ouagadougou have not confirmed. Local sources speak of dozens of soldiers "
        "and auxiliaries killed, though no official toll has been given. Djibo has "
        "lived under a blockade by jihadist groups for more than two years. In "
        "Senegal, the prime minister has presented his government's plan to review "
        "the country's oil and gas contracts, which he says were signed on unfair "
        "terms. And in Mali, the Canadian miner Barrick says talks with the "
        "military government over its seized gold stocks have resumed. Stay with us "
        "for the sport.",
        "B T",
        "jihadist attack",
    ),
    (
        "VOA Africa: Gunmen seize dozens of villagers in Zamfara; Ghana extends voter registration",
        "From Washington, this is VOA News, I'm Ruth Okafor. In northwest Nigeria, "
        "armed men have abducted more than fifty people from a farming village in "
        "Zamfara State. Residents say the gunmen arrived on motorcycles late on "
        "Tuesday, fired into the air and marched villagers into the forest. Most of "
        "those taken are women and children. The attackers are believed to belong "
        "to one of the heavily armed gangs known locally as bandits, which control "
        "large stretches of forest in the region and have killed thousands of "
        "people in raids on villages. A community leader told VOA that the group "
        "has already called relatives to demand money. Zamfara police say tactical "
        "teams and soldiers have been sent to the area. In Ghana, the electoral "
        "commission says voter registration for December's general election will be "
        "extended by a week after long queues in Accra and Kumasi. And in football, "
        "Nigeria's Super Falcons have qualified for the Olympics after beating "
        "South Africa two-one on aggregate.",
        "V",
        "mass abduction",
    ),
    (
        "Pacific Beat: Third night of rioting in Noumea as France declares state of emergency",
        "You're listening to Pacific Beat on ABC Radio Australia, I'm Tahlia Kone. "
        "Noumea has woken to the aftermath of a third night of rioting, with shops, "
        "cars and a pharmacy burned in several suburbs. Four people have now died, "
        "among them a gendarme who was shot. France has declared a state of "
        "emergency in New Caledonia and is flying in hundreds of extra police. The "
        "unrest was sparked by a vote in Paris to change who can take part in "
        "provincial elections, a reform many Kanak people say will dilute their "
        "voice. Our correspondent spoke to a woman in the Magenta district. \"We're "
        'barricaded in," she said. "We hear shots every night and we can see the '
        'smoke from the shopping centre." La Tontouta airport remains closed to '
        "commercial flights, and hundreds of tourists are stranded. The "
        "pro-independence FLNKS has appealed for calm. Elsewhere in the region, "
        "Solomon Islands' new prime minister has named his cabinet.",
        "U",
        "riot",
    ),
    (
        "The World at Six: Gangs overrun Haiti's Mirebalais and empty its prison",
        "This is The World at Six from CBC News. In Haiti, armed gangs have overrun "
        "the central town of Mirebalais and freed more than five hundred inmates "
        "from its prison. The assault by the Viv Ansanm gang coalition began before "
        "dawn on Monday. Police and soldiers fought the gunmen for several hours "
        "before falling back. Residents say gang members went from house to house "
        "and set fire to homes near the police station. A local rights group says "
        "at least a dozen people were killed, and thousands have fled towards "
        "Hinche and the Dominican border. Mirebalais sits on the main road between "
        "the capital and the Central Plateau. A Haitian community organizer in "
        "Montreal told CBC News she has not been able to reach her parents since "
        'Monday morning. "Every time I call, it goes straight to voicemail," she '
        "said. Back home, Alberta's wildfire season is off to an early start, with "
        "twelve fires burning in the province's north.",
        "B V D",
        "gang offensive",
    ),
    (
        "France 24: Islamic State-linked fighters storm Macomia in Cabo Delgado",
        "Welcome back, you're watching France 24. In northern Mozambique, "
        "insurgents linked to the Islamic State group have attacked the town of "
        "Macomia in Cabo Delgado province. Hundreds of fighters entered the town on "
        "Friday, looting food stores and clashing with soldiers and local militias "
        "for most of the day. The group's local branch claimed the attack and said "
        "its men had killed at least ten soldiers. Thousands of residents fled into "
        "the bush or towards the coast. Aid workers say some of them had only "
        "recently returned home after fleeing earlier attacks. Rwandan troops, "
        "deployed in the province since 2021, say they have sent reinforcements to "
        "retake the town. The violence comes as TotalEnergies weighs whether to "
        "restart its gas project further north. Our correspondent in Maputo, Lara "
        'Machava, told us the message was clear. "The insurgents can still move in '
        'large numbers, in daylight, in the heart of the province," she said.',
        "B T D M",
        "insurgent attack",
    ),
    (
        "NHK World News: Bank of Japan holds rates; junta air strike kills villagers in Sagaing",
        "This is NHK World-Japan, and here is the news. The Bank of Japan has kept "
        "its ultra-low interest rates unchanged, saying it needs more evidence that "
        "wages will keep rising. In Myanmar, the military has carried out an air "
        "strike on a village in the central Sagaing region, killing at least thirty "
        "people. Witnesses say a fighter jet dropped bombs on a crowd gathered for "
        "the opening of a local office of the opposition administration. They say a "
        "helicopter then fired on people as they ran. Children were among the dead. "
        "The military government says it targeted members of the People's Defense "
        "Force, the armed groups fighting the junta. The United Nations human "
        "rights office condemned the attack and called for those responsible to be "
        "held to account. Japan's Foreign Ministry has expressed deep concern. Now "
        "the weather. A band of heavy rain is moving across western Japan, and the "
        "Meteorological Agency is warning of landslides in parts of Kyushu.",
        "E V",
        "airstrike",
    ),
    (
        "SABC News: Nine SANDF soldiers killed as M23 advances on Goma",
        "Good evening, you're watching SABC News. The Department of Defence has "
        "confirmed that nine South African soldiers have been killed in fighting "
        "with M23 rebels near Goma in the eastern Democratic Republic of Congo. The "
        "soldiers were serving with the Southern African Development Community "
        "mission and with the UN force, MONUSCO. The regional mission, known as "
        "SAMIDRC, was deployed in December twenty-twenty-three to help Congo's army "
        "fight armed groups in North Kivu, and South Africa provides the largest "
        "share of its troops, with Malawi and Tanzania supplying the rest. The "
        "SANDF says its troops came under fire as the rebels advanced on the city "
        "over the weekend, and fought to hold positions near the airport. Several "
        "others were wounded and are being treated in Goma. Opposition parties are "
        "calling for the troops to be brought home. President Cyril Ramaphosa has "
        "sent his condolences to the families. In other news, Eskom says there will "
        "be no load shedding this week despite breakdowns at two power stations. "
        "And in rugby, the Sharks beat the Bulls twenty-four to seventeen in Durban "
        "to move into the top four of the United Rugby Championship.",
        "B",
        "battle",
    ),
]
