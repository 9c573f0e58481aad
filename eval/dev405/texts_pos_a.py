"""dev405 positives, part A: riots, arson and disorder in Ireland and Northern Ireland as the
Irish press reported them on the day or the day after (conflict; tag codes of
eval/conflictset)."""

POSITIVES = [
    (
        "Luas tram and buses set alight as rioting spreads across Dublin city centre",
        "Gardaí in riot gear were deployed on O'Connell Street on Thursday night after hundreds of "
        "people gathered following a stabbing outside a school on Parnell Square earlier in the "
        "day. A Luas tram was set on fire near the Spire, and at least two Dublin Bus vehicles and "
        "a Garda car were burned out before 9pm. Shop windows were smashed on Henry Street and "
        "several stores, including a sports retailer and a phone shop, were looted. Missiles, "
        "bottles and fireworks were thrown at lines of gardaí, and the Public Order Unit used "
        "pepper spray to push crowds back towards Parnell Street. Garda Commissioner Drew Harris "
        "said a “lunatic, hooligan faction driven by far-right ideology” was responsible. "
        "Several gardaí were injured, one of them seriously, according to the Garda Press Office. "
        "Luas services on the Red and Green lines were suspended and Dublin Bus withdrew all "
        "routes from the city centre. Minister for Justice Helen McEntee said those involved "
        "would face the full rigours of the law.",
        "U",
        "riot",
    ),
    (
        "Thirty-four arrested as city counts cost of night of violence",
        "Thirty-four people were arrested overnight after violent disorder in Dublin's north inner "
        "city, Garda Commissioner Drew Harris told a press briefing at Garda headquarters on "
        "Friday morning. He said 13 shops had been badly damaged or looted, 11 Garda vehicles "
        "were damaged and three buses and a tram had been destroyed by fire. At least a dozen "
        "gardaí needed treatment, and one officer remained in hospital with serious injuries. "
        "Around 400 gardaí had been on the streets at the height of the rioting, with "
        "reinforcements called in from Louth, Meath and Kildare. Mr Harris rejected suggestions "
        "that the force had lost control of the capital for several hours. “We have seen "
        "scenes of disorder that have not been seen in decades,” he said. Business owners on "
        "O'Connell Street were sweeping up broken glass as Dublin City Council crews removed the "
        "charred shell of a Luas carriage. Taoiseach Leo Varadkar said the rioters had “brought "
        "shame on Ireland” and promised new laws on facial recognition technology.",
        "U",
        "riot",
    ),
    (
        "Petrol bombs thrown at gardaí during second night of disorder in Coolock",
        "Gardaí came under attack for a second night in Coolock, north Dublin, where a former "
        "paint factory is being prepared to house international protection applicants. Petrol "
        "bombs, bricks and fireworks were thrown at members of the Public Order Unit on the "
        "Malahide Road, and a digger on the site was set alight for the second time in 24 hours. "
        "A Garda spokesman said six officers were injured, including one who suffered burns to "
        "his leg when a car was torched. Water cannon was not used, but gardaí deployed pepper "
        "spray as a crowd of up to 300 tried to breach security fencing. Eight people were "
        "arrested, several of them teenagers. Residents who oppose the centre said the violence "
        "did not represent the community. The Department of Integration said the building would "
        "still open to asylum seekers as planned.",
        "U",
        "riot",
    ),
    (
        "Hotel earmarked for asylum seekers badly damaged in suspected arson attack in Co Galway",
        "A hotel in Rosscahill, Co Galway, which had been due to accommodate around 70 asylum "
        "seekers, was badly damaged in a fire that gardaí are treating as an arson attack. The "
        "alarm was raised shortly after 11pm on Thursday, and units from Oughterard and Galway "
        "city fought the blaze for several hours. No one was inside the building at the time. "
        "Gardaí said a technical examination had found evidence that an accelerant was used, "
        "and they appealed for anyone who saw vehicles near the property to come forward. The "
        "fire comes days after a protest outside the hotel, and it is the latest in a series of "
        "attacks on premises linked to the international protection system. The Minister for "
        "Integration, Roderic O'Gorman, condemned what he described as a deliberate attempt to "
        "intimidate vulnerable people. A Garda source said the investigation was being run with "
        "the Special Detective Unit.",
        "U",
        "arson",
    ),
    (
        "Former convent set on fire hours after Department confirmed plans to house families there",
        "A vacant convent in Co Leitrim that was due to house Ukrainian and other refugee "
        "families was gutted by fire early on Sunday in what gardaí believe was a deliberate "
        "attack on the building. Fire crews from Carrick-on-Shannon and Drumshanbo were called at "
        "around 3.40am and found the roof of the three-storey building well alight. Nobody was "
        "injured. The Department of Children had confirmed only on Friday that the building "
        "would be used as emergency accommodation for up to 40 people from the new year. Local "
        "Fine Gael TD Frank Feighan said he was “disgusted” and that the attack would not "
        "reflect the views of the vast majority of people in the county. Graffiti reading “Irish "
        "Lives Matter” had been daubed on the front wall in recent weeks, local councillors "
        "said. It is the third suspected arson at a property linked to refugee accommodation in "
        "the north-west this year.",
        "U",
        "arson",
    ),
    (
        "Garda van set alight as protest outside Citywest centre turns violent",
        "A Garda public order van was set alight and several officers were injured when a protest "
        "outside the Citywest international protection centre in south-west Dublin descended into "
        "violence on Tuesday night. About 2,000 people had gathered outside the former hotel "
        "complex following reports of an alleged assault on a child. Fireworks, rocks and bottles "
        "were thrown as the Garda Public Order Unit moved in, and at least one Garda dog unit was "
        "deployed. The Garda Air Support Unit was overhead for much of the evening. Deputy "
        "Commissioner Justin Kelly said what happened was “thuggery”, and that gardaí had been "
        "targeted with “serious and deliberate violence”. Residents of the centre, which houses "
        "more than 2,000 people, were told to remain indoors, and six arrests were made. "
        "Tánaiste Simon Harris said peaceful protest was a right but attacking gardaí was not.",
        "U",
        "riot",
    ),
    (
        "Businesses burned on Donegall Road as anti-immigration rally ends in disorder",
        "Police in Belfast have condemned “racially motivated hate crime” after a supermarket and "
        "a café owned by people from ethnic minority backgrounds were burned and looted on the "
        "Donegall Road following an anti-immigration rally at City Hall on Saturday. The PSNI said "
        "missiles including bottles and smoke bombs were thrown at officers, and a number of "
        "business premises on Botanic Avenue and in Sandy Row were damaged. Mobile phone footage "
        "shared online showed a group of masked men kicking in the door of a shop before setting "
        "it on fire. Assistant Chief Constable Ryan Henderson said four people had been arrested "
        "and that more arrests would follow. A man in his 20s was assaulted in what detectives "
        "are treating as a racially motivated attack. Justice Minister Naomi Long described the "
        "scenes as “sickening”. A counter-demonstration passed off without incident.",
        "U V",
        "riot",
    ),
    (
        "Families flee homes as Ballymena disorder enters third night",
        "Dozens of families from Roma and other migrant communities have left their homes in "
        "Ballymena after a third night of violence in the Co Antrim town, with some spending the "
        "night in a leisure centre in nearby Larne. The PSNI said 17 officers were injured on "
        "Wednesday night as petrol bombs, masonry and fireworks were thrown at police lines in "
        "Clonavon Terrace, and water cannon was used to disperse crowds. A number of houses had "
        "their windows smashed and at least two were set alight, police said. The leisure centre "
        "in Larne was itself later attacked and partly burned, forcing people who had been "
        "evacuated there to be moved again. Some families put signs in their windows saying "
        "“Filipino live here” or “British household” to avoid being targeted. Chief Constable Jon "
        "Boutcher said the violence was “racist thuggery”. Eleven arrests have been made since "
        "Monday.",
        "U V D",
        "riot",
    ),
    (
        "Bus hijacked and set alight at Lanark Way as loyalist youths attack police",
        "A Translink bus was hijacked and set on fire at the junction of Lanark Way and the "
        "Shankill Road in west Belfast on Wednesday night, and a press photographer was assaulted "
        "as violence flared for a sixth night in Northern Ireland. Petrol bombs were thrown over "
        "the peace-line gates towards the nationalist Springfield Road, and crowds gathered on "
        "both sides of the interface. The PSNI said seven officers were injured. The bus driver "
        "escaped unharmed. Police have now said 41 officers have been hurt since disorder began "
        "in Derry at the start of the Easter weekend, with most of the trouble in loyalist areas "
        "angered by the post-Brexit trade arrangements and the decision not to prosecute Sinn "
        "Féin members who attended the Storey funeral. First Minister Arlene Foster called the "
        "attack on the bus “vandalism and attempted murder”.",
        "U",
        "riot",
    ),
    (
        "Journalist shot dead during rioting in Creggan as police blame New IRA",
        "The journalist Lyra McKee has been shot dead during rioting in the Creggan area of Derry, "
        "in what the PSNI says was a terrorist incident. Ms McKee, 29, was standing near a police "
        "Land Rover on Fanad Drive on Thursday night when a masked gunman fired several shots "
        "towards officers. She was taken to Altnagelvin Hospital in a police vehicle but died "
        "from her injuries. Petrol bombs had been thrown at police during a search operation in "
        "the estate earlier in the evening, and two cars were hijacked and burned. Assistant Chief "
        "Constable Mark Hamilton said police believed violent dissident republicans, most likely "
        "the New IRA, were responsible. The murder has been condemned by the Taoiseach, the "
        "British prime minister and all of Northern Ireland's main parties. Police have launched a "
        "murder investigation and appealed for footage filmed on mobile phones.",
        "U T",
        "shooting",
    ),
    (
        "Petrol bombs thrown at police Land Rovers after Easter Monday parade in Derry",
        "Petrol bombs were thrown at police vehicles in Derry on Monday after a dissident "
        "republican parade through the Creggan estate to the city cemetery. Masked youths hurled "
        "at least a dozen petrol bombs at PSNI Land Rovers on Central Drive, and one vehicle was "
        "engulfed in flames briefly before the driver moved it away. Police said a number of "
        "people wearing paramilitary-style clothing had taken part in the parade, which had not "
        "been notified to the Parades Commission. Earlier, a group had burned a car at the "
        "junction of Southway and Central Drive. No officers were injured. Superintendent Gordon "
        "McCalmont said the attack was “reckless and could have killed someone”, and that officers "
        "had been deliberately drawn into the area. The disorder came hours after police warned "
        "of a heightened threat from dissident groups over the Easter period.",
        "U",
        "riot",
    ),
    (
        "Asylum seekers' tents burned as group attacks camp near IPO office",
        "Asylum seekers sleeping rough on Sandwith Street in Dublin were forced to flee when a "
        "group of men attacked their makeshift camp on Friday afternoon, setting fire to tents and "
        "belongings. Video footage posted on social media showed a man with a baseball bat and "
        "another with a dog pushing over tents while a crowd filmed and chanted. At least a dozen "
        "tents were destroyed, along with sleeping bags, clothing and documents. Gardaí said they "
        "had attended the scene and that an investigation was under way into “an incident of "
        "criminal damage and threatening behaviour”. Several of the men living in the camp, most "
        "from Afghanistan and Somalia, told The Irish Times they had moved to the spot after being "
        "told there was no accommodation available for them. Charities working with the men said "
        "they were now sleeping in doorways nearby. The Irish Refugee Council called the attack "
        "“a planned act of intimidation”.",
        "V U",
        "mob_attack",
    ),
    (
        "Gardaí use pepper spray as protesters clash with officers at Wicklow site",
        "Gardaí used pepper spray and batons to clear protesters from the entrance to a site in "
        "Newtownmountkennedy, Co Wicklow, on Monday night as tensions over plans to house asylum "
        "seekers there boiled over. Officers from the Public Order Unit were met with rocks and "
        "fireworks when they moved to reopen the road at Trudder House, and a car was set alight "
        "nearby. Protesters had maintained a camp at the gates for several weeks. A Garda "
        "statement said several members were injured and that the use of force had been "
        "“proportionate”. Some protesters said they had been struck by batons and accused gardaí "
        "of heavy-handed policing. At least four people were arrested. The Garda Ombudsman later "
        "confirmed it had received complaints. Minister for Justice Helen McEntee said she fully "
        "supported the gardaí on the ground.",
        "U",
        "clash",
    ),
    (
        "Car bomb explodes outside Derry courthouse as police evacuate area",
        "A car bomb exploded outside the courthouse on Bishop Street in Derry on Saturday night, "
        "minutes after police had begun evacuating people from the area, including a youth group "
        "in a nearby church hall. The device was in a pizza delivery car hijacked earlier in the "
        "evening, and a warning was phoned to the Samaritans in Lurgan shortly before 8pm. Nobody "
        "was injured. CCTV footage released by the PSNI showed two men walking past the car seconds "
        "before the blast. Detective Superintendent Jason Murphy said the main line of inquiry was "
        "that the New IRA was behind the attack, which he described as “crude and extremely "
        "reckless”. Four men in their 20s and 40s have been arrested under the Terrorism Act. "
        "Hundreds of residents spent the night away from their homes as a security alert "
        "continued into Sunday morning.",
        "E T D",
        "bombing",
    ),
    (
        "Senior detective shot several times in front of children at Omagh sports complex",
        "A senior PSNI detective is in a critical condition after being shot several times by two "
        "gunmen at a sports complex in Omagh, Co Tyrone, on Wednesday night. Detective Chief "
        "Inspector John Caldwell had just finished coaching a youth football team and was putting "
        "footballs into the boot of his car when he was attacked in front of his son and other "
        "children. The gunmen fled on foot and a burnt-out car was later found in Racolpa Road. "
        "Police said violent dissident republicans were the primary focus of the investigation, "
        "and that the New IRA was a “key line of inquiry”. The officer had been involved in a "
        "number of high-profile investigations, including into organised crime and paramilitary "
        "activity. Chief Constable Simon Byrne called it “an appalling attack”, and politicians "
        "across the island condemned it. Three men have been arrested.",
        "T",
        "shooting",
    ),
    (
        "Bomb attack on police patrol car in Strabane was attempt to murder officers",
        "Police in Strabane have said two officers had a lucky escape after an explosive device "
        "went off as their patrol car drove along Townsend Street on Thursday night. The officers "
        "had been responding to a report of a suspicious object when the device exploded, "
        "damaging the rear of the vehicle. Neither was seriously injured. The PSNI said the bomb "
        "was a deliberate attempt to murder police, and that the New IRA was the main line of "
        "inquiry. A security alert followed, with dozens of homes evacuated while Army technical "
        "officers examined the area, and an elderly woman was taken to a nearby community centre "
        "for the night. Local SDLP councillor Steven Edwards said the attack was “an act of pure "
        "madness”. Three men were arrested under the Terrorism Act on Friday.",
        "E T D",
        "bombing",
    ),
    (
        "Device found under off-duty officer's car at east Belfast golf club was 'viable'",
        "An explosive device found under the car of an off-duty police officer at a golf club in "
        "east Belfast was viable and could have killed the officer and members of the public, "
        "police said on Sunday. The device was discovered on Saturday at Shandon Park Golf Club "
        "after the officer's car had been moved. A security alert in the Knock area lasted several "
        "hours, and residents of nearby streets were asked to leave their homes. Detective "
        "Superintendent Sean Wright said the New IRA was the main line of inquiry. “This was an "
        "attempt to murder a police officer, and to do so in a place where families and children "
        "gather,” he said. The PSNI's threat level for Northern Ireland is currently severe, "
        "meaning an attack is highly likely. No arrests have been made.",
        "E T D",
        "attempted_bombing",
    ),
]
